-- Tenders the buyer disregards before deciding (Procurement Act 2023 s. 19(3)): abnormally low after the
-- supplier was told and could answer, a supplier not meeting the conditions of participation, or a breach of
-- a procedural requirement. A disregarded tender is left out of the results, which are worked out again
-- without it; the reasons are kept here and in the audit trail.
create table eval_disregard (
    opportunity_id bigint      not null,
    lot            integer     not null default 0 check (lot >= 0),
    bid_id         bigint      not null references eval_bid (id) on delete cascade,
    ground         text        not null check (ground in ('ABNORMALLY_LOW', 'CONDITIONS_OF_PARTICIPATION', 'PROCEDURAL_BREACH')),
    reasons        text        not null check (length(trim(reasons)) > 0),
    recorded_by    bigint      not null,
    recorded_at    timestamptz not null default now(),
    primary key (opportunity_id, lot, bid_id)
);
