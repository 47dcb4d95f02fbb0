-- Partner API tokens: an organisation's admins create them for their own systems; only a hash is kept, the token
-- itself is shown once. Read-only unless made for writing; every token expires; revoking keeps the row for the
-- audit trail. No key to account_user or org_organisation (ADR 0005): the ids are kept and merges move them.
create table account_api_token (
    id              bigserial primary key,
    organisation_id bigint       not null,
    name            varchar(100) not null,
    token_hash      char(64)     not null unique,
    token_hint      varchar(16)  not null,
    may_write       boolean      not null default false,
    created_by      bigint,
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    revoked_at      timestamptz,
    revoked_by      bigint,
    last_used_at    timestamptz
);

create index account_api_token_organisation on account_api_token (organisation_id);
