-- People, what they may do for which organisation, single-use links, and the security audit log.
create table account_user (
    id                 bigint generated always as identity primary key,
    email              text        not null,
    display_name       text        not null,
    password_hash      text,
    email_confirmed_at timestamptz,
    coordinator        boolean     not null default false,
    enabled            boolean     not null default true,
    created_at         timestamptz not null default now()
);
create unique index account_user_email_uq on account_user (lower(email));

create table account_membership (
    user_id         bigint not null references account_user (id) on delete cascade,
    organisation_id bigint not null references org_organisation (id) on delete cascade,
    role            text   not null check (role in ('SUPPLIER', 'BUYER', 'EVALUATOR', 'ORG_ADMIN')),
    primary key (user_id, organisation_id, role)
);
create index account_membership_org_idx on account_membership (organisation_id);

-- Links sent by e-mail: only a hash of the token is stored, each can be used once.
create table account_token (
    token_hash   text primary key,
    user_id      bigint      not null references account_user (id) on delete cascade,
    purpose      text        not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'SIGN_IN')),
    expires_at   timestamptz not null,
    used_at      timestamptz,
    created_at   timestamptz not null default now()
);
create index account_token_user_idx on account_token (user_id, purpose);

create table account_invitation (
    token_hash      text primary key,
    email           text        not null,
    organisation_id bigint references org_organisation (id) on delete cascade,
    roles           text        not null,
    invited_by      bigint references account_user (id),
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    created_at      timestamptz not null default now()
);
create index account_invitation_org_idx on account_invitation (organisation_id);

-- Failed sign-ins per e-mail address, whether or not an account exists for it (no enumeration).
create table account_sign_in_throttle (
    email_key     text primary key,
    failures      int         not null default 0,
    blocked_until timestamptz,
    updated_at    timestamptz not null default now()
);

create table account_audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    event_type  text        not null,
    user_id     bigint,
    email       text,
    detail      text,
    remote_address text
);
create index account_audit_event_time_idx on account_audit_event (occurred_at desc);
