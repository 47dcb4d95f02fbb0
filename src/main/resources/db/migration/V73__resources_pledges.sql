-- Charter pledges: the list coordinators keep, and what each organisation pledges per year,
-- with its baseline, progress, evidence and whether the progress is public.
create table pledge (
    id          bigint generated always as identity primary key,
    category    text    not null check (category in ('BUYER', 'SUPPLIER', 'EMPLOYER')),
    title       text    not null check (length(trim(title)) > 0),
    description text    not null default '',
    active      boolean not null default true,
    created_at  timestamptz not null default now()
);

create table pledge_commitment (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references org_organisation (id),
    pledge_id       bigint      not null references pledge (id),
    year            int         not null check (year between 2000 and 2200),
    baseline        text        not null default '',
    progress        text        not null default '',
    evidence        text        not null default '',
    published       boolean     not null default false,
    updated_at      timestamptz not null default now(),
    unique (organisation_id, pledge_id, year)
);

create index pledge_commitment_year_idx on pledge_commitment (year, pledge_id);

insert into pledge (category, title, description) values
('BUYER', 'Publish a forward pipeline of contracts', 'Publish the contracts we expect to let in the next 18 months, so that local and smaller suppliers can get ready.'),
('BUYER', 'Weight social value in every tender over £100,000', 'Give social value at least 10% of the evaluation in every tender above £100,000 and say what we are looking for.'),
('BUYER', 'Pay small suppliers within 14 days', 'Pay undisputed invoices from small and micro suppliers within 14 days.'),
('SUPPLIER', 'Make a social value offer in every bid', 'Offer specific, measurable social value in every bid we submit, and report on what we deliver.'),
('SUPPLIER', 'Spend locally in our own supply chain', 'Set a target for spend with local small firms and social enterprises in our own supply chain and report against it.'),
('EMPLOYER', 'Pay the Real Living Wage', 'Pay all staff, and contracted staff on our premises, at least the Real Living Wage.'),
('EMPLOYER', 'Offer work placements to local young people', 'Offer paid work placements or apprenticeships to young people from the area each year.'),
('EMPLOYER', 'Cut our carbon emissions every year', 'Measure our scope 1 and 2 emissions and reduce them year on year.');
