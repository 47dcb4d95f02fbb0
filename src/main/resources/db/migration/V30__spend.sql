-- Spend: uploaded files, imports, the lines they brought in, supplier names resolved to organisations,
-- the rules that set aside spend a buyer cannot influence, and small summaries the dashboards read.

-- A file as uploaded, kept in the database so any instance's background job can import it.
create table spend_upload (
    id            bigint generated always as identity primary key,
    buyer_id      bigint      not null references org_organisation (id) on delete cascade,
    file_name     text        not null,
    content       bytea       not null,
    size_bytes    bigint      not null,
    uploaded_by   bigint,
    mapping       text,
    status        text        not null default 'UPLOADED'
                  check (status in ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_done     bigint      not null default 0,
    message       text,
    import_id     bigint,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index spend_upload_buyer_idx on spend_upload (buyer_id, created_at desc);

-- The column mapping a buyer confirmed, remembered for their next file ("date=4,amount=9,...").
create table spend_buyer_mapping (
    buyer_id   bigint primary key references org_organisation (id) on delete cascade,
    mapping    text        not null,
    updated_at timestamptz not null default now()
);

create table spend_import (
    id               bigint generated always as identity primary key,
    buyer_id         bigint      not null references org_organisation (id) on delete cascade,
    file_name        text        not null,
    rows_read        bigint      not null,
    rows_accepted    bigint      not null,
    rows_rejected    bigint      not null,
    rows_added       bigint      not null,
    rows_redacted    bigint      not null,
    rows_formula     bigint      not null,
    added_pence      bigint      not null,
    created_at       timestamptz not null default now()
);
create index spend_import_buyer_idx on spend_import (buyer_id, created_at desc);

create table spend_rejection (
    import_id bigint not null references spend_import (id) on delete cascade,
    line      bigint not null,
    reason    text   not null,
    primary key (import_id, line)
);

-- One payment line. The fingerprint (date, amount, supplier, transaction id, line content) makes a re-import
-- of the same rows add nothing.
create table spend_line (
    id              bigint generated always as identity primary key,
    buyer_id        bigint  not null references org_organisation (id) on delete cascade,
    import_id       bigint  not null references spend_import (id) on delete cascade,
    fingerprint     bytea   not null,
    line_no         bigint  not null,
    payment_date    date    not null,
    amount_pence    bigint  not null,
    supplier_name   text    not null,
    supplier_key    text    not null,
    organisation_number text,
    transaction_id  text,
    service_area    text    not null default '',
    expense_type    text    not null default '',
    purpose         text    not null default '',
    redacted        boolean not null default false
);
create unique index spend_line_fingerprint_uq on spend_line (buyer_id, fingerprint);
create index spend_line_buyer_date_idx on spend_line (buyer_id, payment_date);

-- A supplier name as it appears in spend files (normalised), and the organisation it is, for every buyer.
create table spend_supplier_name (
    name_key        text primary key,
    display_name    text        not null,
    organisation_id bigint references org_organisation (id) on delete set null,
    status          text        not null default 'NEW'
                    check (status in ('NEW', 'MATCHED', 'SUGGESTED', 'CONFIRMED', 'REJECTED', 'UNMATCHED')),
    method          text check (method in ('IDENTIFIER', 'NAME', 'FUZZY', 'COORDINATOR')),
    similarity      numeric(4, 3),
    decided_by      bigint,
    decided_at      timestamptz,
    created_at      timestamptz not null default now()
);
create index spend_supplier_name_status_idx on spend_supplier_name (status);

-- Rules that set aside spend a buyer cannot influence (tax, payroll, pensions, other public bodies).
create table spend_rule (
    id          bigint generated always as identity primary key,
    kind        text    not null check (kind in ('EXPENSE_TYPE', 'SUPPLIER', 'PATTERN')),
    value       text    not null check (length(trim(value)) > 0),
    reason      text    not null,
    enabled     boolean not null default true,
    seeded      boolean not null default false,
    created_at  timestamptz not null default now()
);

insert into spend_rule (kind, value, reason, seeded) values
    ('PATTERN', '\mvat\M', 'VAT is tax, not a purchase', true),
    ('PATTERN', 'hmrc|revenue (and|&) customs|inland revenue', 'Payments to HMRC are tax', true),
    ('PATTERN', '\m(paye|national insurance|income tax|apprenticeship levy)\M', 'Tax and levies on pay', true),
    ('PATTERN', '\m(payroll|salar(y|ies)|wages)\M', 'Payroll is paid to staff, not suppliers', true),
    ('PATTERN', '\mpension', 'Pension contributions', true),
    ('PATTERN', '\m(council|borough|county council|district council|nhs|police|fire (and|&) rescue|integrated care board|icb)\M',
     'Payments to other public bodies', true),
    ('EXPENSE_TYPE', 'Precepts', 'Precepts paid to other public bodies', true),
    ('EXPENSE_TYPE', 'Business Rates', 'Business rates are tax', true);

-- Pre-aggregated spend, refreshed on every import: what the dashboards read.
create table spend_month_supplier (
    buyer_id       bigint  not null references org_organisation (id) on delete cascade,
    month          date    not null,
    supplier_key   text    not null,
    influenceable  boolean not null,
    redacted       boolean not null,
    amount_pence   bigint  not null,
    lines          bigint  not null,
    primary key (buyer_id, month, supplier_key, influenceable, redacted)
);

create table spend_month_category (
    buyer_id       bigint  not null references org_organisation (id) on delete cascade,
    month          date    not null,
    service_area   text    not null,
    expense_type   text    not null,
    influenceable  boolean not null,
    amount_pence   bigint  not null,
    lines          bigint  not null,
    primary key (buyer_id, month, service_area, expense_type, influenceable)
);

-- Influenceable spend per supplier and expense type per financial year (starting in April): where spend could shift.
create table spend_year_supplier_category (
    buyer_id       bigint  not null references org_organisation (id) on delete cascade,
    financial_year int     not null,
    supplier_key   text    not null,
    expense_type   text    not null,
    amount_pence   bigint  not null,
    primary key (buyer_id, financial_year, supplier_key, expense_type)
);
