-- Engagement: meet-the-buyer events and the suppliers registered for them.
create table eng_event (
    id          bigint generated always as identity primary key,
    title       text        not null check (length(trim(title)) > 0),
    description text        not null default '',
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    format      text        not null check (format in ('IN_PERSON', 'ONLINE')),
    venue       text,
    postcode    text,
    online_link text,
    capacity    integer     not null check (capacity > 0),
    buyer_id    bigint      references org_organisation (id),
    created_by  bigint      not null references account_user (id),
    demo        boolean     not null default false,
    created_at  timestamptz not null default now(),
    check (ends_at > starts_at),
    check ((format = 'IN_PERSON' and venue is not null and postcode is not null)
        or (format = 'ONLINE' and online_link like 'https://%'))
);

create index eng_event_starts_idx on eng_event (starts_at);

-- A place (or a place on the waiting list) for one person; the reminder marker stops a second reminder.
create table eng_registration (
    id               bigint generated always as identity primary key,
    event_id         bigint      not null references eng_event (id) on delete cascade,
    user_id          bigint      not null references account_user (id),
    organisation_id  bigint      not null references org_organisation (id),
    name             text        not null,
    email            text        not null,
    status           text        not null check (status in ('REGISTERED', 'WAITING')),
    registered_at    timestamptz not null default now(),
    reminder_sent_at timestamptz,
    unique (event_id, user_id)
);

create index eng_registration_user_idx on eng_registration (user_id);
