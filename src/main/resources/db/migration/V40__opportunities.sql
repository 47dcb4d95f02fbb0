-- Opportunities: each buyer's pipeline of contracts, grants and leases, and their lots.
create table opp_opportunity (
    id                bigint generated always as identity primary key,
    buyer_id          bigint      not null references org_organisation (id),
    title             text        not null check (length(trim(title)) > 0),
    description       text,
    kind              text        not null check (kind in ('CONTRACT', 'GRANT', 'LEASE')),
    status            text        not null default 'DRAFT'
                      check (status in ('DRAFT', 'PLANNED', 'OPEN', 'CLOSED', 'EVALUATED', 'AWARDED', 'CANCELLED')),
    cpv_codes         text[]      not null default '{}',
    estimated_value   numeric(16, 2) check (estimated_value >= 0),
    questions_close   timestamptz,
    deadline          timestamptz,
    framework_version integer,
    published_at      timestamptz,
    demo              boolean     not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (questions_close is null or deadline is null or questions_close <= deadline)
);

create index opp_opportunity_buyer_idx on opp_opportunity (buyer_id);
create index opp_opportunity_status_idx on opp_opportunity (status);

create table opp_lot (
    id              bigint generated always as identity primary key,
    opportunity_id  bigint  not null references opp_opportunity (id) on delete cascade,
    number          integer not null check (number > 0),
    title           text    not null check (length(trim(title)) > 0),
    estimated_value numeric(16, 2) check (estimated_value >= 0),
    unique (opportunity_id, number)
);
