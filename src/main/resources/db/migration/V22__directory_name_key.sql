-- The directory sorts by name regardless of case, and breaks ties in relevance and distance by it. Keeping the
-- lowered name saves lowering every matching name on each search (half the cost of a broad word search).
alter table org_organisation add column name_key text generated always as (lower(name)) stored;
create index org_organisation_name_key_idx on org_organisation (name_key, id);
