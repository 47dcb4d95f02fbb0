-- A spend line's buyer is its import's buyer; the line's own foreign key to org_organisation was checked row by row
-- during every bulk import (a trigger per row) and is redundant: deleting a buyer still deletes its lines, through
-- spend_import (on delete cascade) and spend_line.import_id (on delete cascade).
alter table spend_line drop constraint spend_line_buyer_id_fkey;
