-- How often each buyer's summaries have been rebuilt (imports, rule changes): dashboards cached by any app instance
-- are keyed on it, so a rebuild anywhere makes every instance build the dashboard afresh.
create table spend_summary_state (
    buyer_id     bigint      primary key references org_organisation (id) on delete cascade,
    version      bigint      not null,
    refreshed_at timestamptz not null default now()
);
