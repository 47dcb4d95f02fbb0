-- Opportunities: the rest of what a buyer tells suppliers (dates, place, suitability, priorities) and documents.
alter table opp_opportunity
    add column value_band          text check (value_band in ('BELOW_30K', 'FROM_30K_TO_215K', 'FROM_215K_TO_1M',
                                                              'FROM_1M_TO_5M', 'OVER_5M')),
    add column planned_publication date,
    add column expected_award      date,
    add column contract_start      date,
    add column duration_months     integer check (duration_months > 0),
    add column delivery_district   text,
    add column delivery_locality   text check (delivery_locality in ('INSIDE', 'NEIGHBOURING', 'OUTSIDE')),
    add column address             text,
    add column suitable_sme        boolean not null default false,
    add column suitable_vcse       boolean not null default false,
    add column priorities          text[]  not null default '{}';

create index opp_opportunity_deadline_idx on opp_opportunity (deadline);

create table opp_document (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    filename       text        not null,
    content_type   text        not null,
    size           integer     not null check (size > 0),
    content        bytea       not null,
    uploaded_at    timestamptz not null default now()
);

create index opp_document_opportunity_idx on opp_document (opportunity_id);
