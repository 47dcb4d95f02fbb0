-- Engagement: support requests to the coordinators (brokerage, challenges, questions) and their threads.
create table eng_support_request (
    id              bigint generated always as identity primary key,
    requester_id    bigint      not null references account_user (id),
    requester_name  text        not null,
    requester_email text        not null,
    category        text        not null check (category in ('BROKERAGE', 'CHALLENGE', 'QUESTION', 'OTHER')),
    subject         text        not null check (length(trim(subject)) > 0),
    status          text        not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    assignee_id     bigint      references account_user (id),
    assignee_name   text,
    demo            boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create index eng_support_request_requester_idx on eng_support_request (requester_id);
create index eng_support_request_status_idx on eng_support_request (status, updated_at);

create table eng_support_message (
    id               bigint generated always as identity primary key,
    request_id       bigint      not null references eng_support_request (id) on delete cascade,
    author_id        bigint      not null references account_user (id),
    author_name      text        not null,
    from_coordinator boolean     not null,
    body             text        not null check (length(trim(body)) > 0),
    created_at       timestamptz not null default now()
);

create index eng_support_message_request_idx on eng_support_message (request_id, id);
