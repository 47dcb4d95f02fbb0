-- Organisations: the buyers (partners) and the suppliers (firms, social enterprises, charities, co-ops).
create table org_organisation (
    id               bigint generated always as identity primary key,
    name             text        not null check (length(trim(name)) > 0),
    kind             text        not null check (kind in ('BUYER', 'SUPPLIER')),
    legal_form       text        not null,
    size_band        text        not null check (size_band in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    postcode         text,
    postcode_district text,
    company_number   text,
    charity_number   text,
    website          text,
    social_value_offer text,
    demo             boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index org_organisation_kind_idx on org_organisation (kind);
create index org_organisation_name_idx on org_organisation (lower(name));
