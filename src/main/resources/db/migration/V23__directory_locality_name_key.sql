-- A search filtered by locality and sorted by name reads that locality's suppliers in name order and stops at a
-- page, instead of walking every name: an out-of-area search with a credential walked 14,585 of 20,000 names for
-- its first 20. It also serves every look-up by locality alone, so the single-column index goes.
create index org_organisation_locality_name_key_idx on org_organisation (locality, name_key, id);
drop index org_organisation_locality_idx;
