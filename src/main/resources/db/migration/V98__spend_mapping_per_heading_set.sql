-- A remembered column mapping is used only for files headed as the one it was made for: one mapping per distinct
-- heading set (case and spacing normalised) per publisher. The single mapping per buyer in spend_buyer_mapping was
-- applied to files it did not fit (Hyndburn's file under Lambeth's columns); it is no longer read.
create table spend_heading_mapping (
    buyer_id    bigint      not null,
    heading_set text        not null,
    mapping     text        not null,
    updated_at  timestamptz not null default now(),
    primary key (buyer_id, heading_set)
);
