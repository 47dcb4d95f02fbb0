-- The shared framework: versions (one draft at a time, published ones immutable), a search index of
-- their measures, the deflator series used to rebase money, and the published local priority sets.

-- Each version keeps its whole content as the canonical CSV written by FrameworkCsvWriter. That text
-- round-trips exactly through FrameworkCsvReader, so a pinned version is reproduced byte for byte
-- years later, and immutability is one row to guard. Relational rows (measures_search) exist only
-- to query and search; they are derived from the CSV and never the source of truth.
create table measures_framework_version (
    id           bigint generated always as identity primary key,
    number       int unique,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    content_csv  text        not null,
    based_on     int,
    change_note  text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    published_at timestamptz,
    published_by text,
    constraint measures_version_published_complete check (status = 'DRAFT'
        or (number is not null and published_at is not null and published_by is not null
            and change_note is not null and length(btrim(change_note)) > 0))
);
create unique index measures_framework_version_one_draft on measures_framework_version ((status))
    where status = 'DRAFT';

-- A published version can be neither changed nor deleted, whatever code runs against the database.
create function measures_refuse_published_change() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'framework version % is published and cannot be changed', old.number
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger measures_framework_version_immutable before update or delete on measures_framework_version
    for each row execute function measures_refuse_published_change();

create table measures_search (
    version_id   bigint not null references measures_framework_version (id) on delete cascade,
    measure_code text   not null,
    theme_code   text   not null,
    outcome_code text   not null,
    document     tsvector not null,
    plain_text   text     not null,
    primary key (version_id, measure_code)
);
create index measures_search_document_idx on measures_search using gin (document);

-- The price index used to rebase values between years; every save is kept, the newest is in use.
create table measures_deflator_series (
    id          bigint generated always as identity primary key,
    content_csv text        not null,
    source_name text        not null,
    source_url  text        not null,
    saved_at    timestamptz not null default now(),
    saved_by    text        not null
);

-- Local priorities: 100 points shared across the outcomes of one published version. Every published
-- set is kept; the newest is current.
create table measures_priority_set (
    id             bigint generated always as identity primary key,
    version_number int         not null references measures_framework_version (number),
    reasoning      text        not null check (length(btrim(reasoning)) > 0),
    published_at   timestamptz not null default now(),
    published_by   text        not null
);
create table measures_priority_points (
    set_id       bigint not null references measures_priority_set (id) on delete cascade,
    outcome_code text   not null,
    points       int    not null check (points between 0 and 100),
    position     int    not null,
    primary key (set_id, outcome_code)
);
