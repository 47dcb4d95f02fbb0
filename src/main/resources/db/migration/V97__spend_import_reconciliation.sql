-- Every import reconciles: the money it accepted is what it added plus what earlier imports had brought in, to the
-- penny, and a file's own total line is kept to compare. Imports recorded before this have no accepted total (null).
alter table spend_import add column accepted_pence   bigint;
alter table spend_import add column already_pence    bigint;
alter table spend_import add column rejected_pence   bigint;
alter table spend_import add column file_total_pence bigint;

-- Which earlier imports the already imported rows of an import came from.
create table spend_import_earlier (
    import_id         bigint not null references spend_import (id) on delete cascade,
    earlier_import_id bigint not null,
    file_name         text   not null,
    imported_at       timestamptz not null,
    lines             bigint not null,
    pence             bigint not null,
    primary key (import_id, earlier_import_id)
);
