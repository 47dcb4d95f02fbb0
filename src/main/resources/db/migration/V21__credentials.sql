-- Credentials organisations hold (living wage, B Corp, ...), with evidence, expiry and verification.
create table org_credential_type (
    code       text primary key,
    name       text    not null,
    levels     text,
    built_in   boolean not null default false,
    created_at timestamptz not null default now()
);

insert into org_credential_type (code, name, levels, built_in) values
    ('REAL_LIVING_WAGE', 'Real Living Wage employer', null, true),
    ('OXFORD_LIVING_WAGE', 'Oxford Living Wage', null, true),
    ('B_CORP', 'B Corp', null, true),
    ('SEUK_MEMBER', 'Social Enterprise UK member', null, true),
    ('SOCIAL_ENTERPRISE_MARK', 'Social Enterprise Mark', null, true),
    ('DISABILITY_CONFIDENT', 'Disability Confident', 'Committed|Employer|Leader', true),
    ('ISO_14001', 'ISO 14001 environmental management', null, true),
    ('CARBON_LITERACY', 'Carbon Literacy', null, true);

create table org_evidence_file (
    id           bigint generated always as identity primary key,
    organisation_id bigint not null references org_organisation (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null,
    content      bytea  not null,
    created_at   timestamptz not null default now()
);

create table org_credential (
    id               bigint generated always as identity primary key,
    organisation_id  bigint not null references org_organisation (id) on delete cascade,
    type_code        text   not null references org_credential_type (code),
    level            text,
    evidence_link    text,
    evidence_file_id bigint references org_evidence_file (id) on delete set null,
    expires_on       date,
    status           text   not null default 'CLAIMED' check (status in ('CLAIMED', 'VERIFIED', 'REJECTED', 'EXPIRED')),
    verified_by      text,
    verified_at      timestamptz,
    rejected_reason  text,
    reminder_sent_at timestamptz,
    created_at       timestamptz not null default now()
);
create index org_credential_organisation_idx on org_credential (organisation_id);
create index org_credential_status_idx on org_credential (status, type_code);
