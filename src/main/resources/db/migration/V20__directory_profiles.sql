-- The directory: profile details, sites, what organisations supply (CPV), full-text search, claims and merges.
alter table org_organisation
    add column trading_names     text,
    add column mutual_number     text,
    add column sic_code          text,
    add column local_spend_share int check (local_spend_share between 0 and 100),
    add column local_wage_share  int check (local_wage_share between 0 and 100),
    add column cpv_labels        text,
    add column locality          text not null default 'OUTSIDE' check (locality in ('INSIDE', 'NEIGHBOURING', 'OUTSIDE')),
    add column latitude          double precision,
    add column longitude         double precision;

-- Names weigh most, then categories, then the offer; kept by PostgreSQL itself on every write.
alter table org_organisation add column search_vector tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '') || ' ' || coalesce(trading_names, '')), 'A')
        || setweight(to_tsvector('english', coalesce(cpv_labels, '')), 'B')
        || setweight(to_tsvector('english', coalesce(social_value_offer, '')), 'C')) stored;

create index org_organisation_search_idx on org_organisation using gin (search_vector);
create index org_organisation_locality_idx on org_organisation (locality);
create index org_organisation_district_idx on org_organisation (postcode_district);

create table org_site (
    id                bigint generated always as identity primary key,
    organisation_id   bigint not null references org_organisation (id) on delete cascade,
    name              text   not null,
    postcode          text   not null,
    postcode_district text   not null,
    created_at        timestamptz not null default now()
);
create index org_site_organisation_idx on org_site (organisation_id);

-- CPV codes by their eight digits (the check digit is not stored).
create table org_cpv (
    organisation_id bigint not null references org_organisation (id) on delete cascade,
    code            char(8) not null,
    primary key (organisation_id, code)
);
create index org_cpv_division_idx on org_cpv (substr(code, 1, 2), organisation_id);

create table org_claim (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references org_organisation (id) on delete cascade,
    user_id         bigint      not null,
    claimant_name   text        not null,
    message         text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      text,
    decided_at      timestamptz,
    reason          text,
    created_at      timestamptz not null default now()
);
create index org_claim_status_idx on org_claim (status);

-- Organisations merged into another: the survivor keeps its id, this keeps the merged one's name.
create table org_merge_history (
    id          bigint generated always as identity primary key,
    survivor_id bigint      not null references org_organisation (id) on delete cascade,
    merged_id   bigint      not null,
    merged_name text        not null,
    merged_identifiers text,
    merged_by   text        not null,
    merged_at   timestamptz not null default now()
);
create index org_merge_history_survivor_idx on org_merge_history (survivor_id);
