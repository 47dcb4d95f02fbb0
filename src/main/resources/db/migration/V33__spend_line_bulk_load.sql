-- Spend lines arrive a million at a time by COPY; every index and row trigger on spend_line is paid per line.
-- No query reads lines by date (the dashboards read the summaries), so that index goes.
drop index if exists spend_line_buyer_date_idx;

-- The unique (buyer, fingerprint) index took one random B-tree insertion per line, most of an import's time in
-- PostgreSQL. Imports keep a buyer's lines unique themselves, one import per buyer at a time (an advisory lock):
-- the earlier fingerprints are read into memory and matching lines skipped, or, for a buyer with very many lines,
-- staged lines are moved with an anti-join.
drop index if exists spend_line_fingerprint_uq;

-- The import_id foreign key was checked by a trigger for every copied line, although the import row is written in
-- the same transaction just before its lines. Deleting an import (or its buyer, which cascades to spend_import)
-- still deletes its lines: one statement-level trigger per delete, not one check per line on insert.
alter table spend_line drop constraint if exists spend_line_import_id_fkey;

create function spend_delete_import_lines() returns trigger language plpgsql as $$
begin
    delete from spend_line l using spend_gone_import g where l.import_id = g.id;
    return null;
end $$;

create trigger spend_import_lines_deleted after delete on spend_import
    referencing old table as spend_gone_import
    for each statement execute function spend_delete_import_lines();

-- An import's lines lie together at the end of the table, so a block-range index on buyer and import finds a
-- buyer's lines, or one import's, almost for free: for the earlier fingerprints, the summaries of the new lines and
-- deleting an import.
create index spend_line_import_brin on spend_line using brin (buyer_id, import_id) with (autosummarize = on);
