-- Every e-mail the app sends is recorded; without SMTP this is the outbox a coordinator reads.
create table mail_message (
    id         bigint generated always as identity primary key,
    recipient  text        not null,
    subject    text        not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    delivery   text        not null check (delivery in ('OUTBOX', 'SMTP', 'FAILED')),
    failure    text
);
create index mail_message_time_idx on mail_message (created_at desc);
create index mail_message_recipient_idx on mail_message (lower(recipient));
