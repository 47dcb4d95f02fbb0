-- Resources: guides, case studies, actions and programmes. Every save is a version; the item
-- points at the version the public sees, so a draft never leaks before it is published.
create table resource_item (
    id                   bigint generated always as identity primary key,
    slug                 text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind                 text        not null check (kind in ('GUIDE', 'CASE_STUDY', 'ACTION', 'PROGRAMME')),
    published_version_id bigint,
    created_at           timestamptz not null default now()
);

create table resource_version (
    id          bigint generated always as identity primary key,
    resource_id bigint      not null references resource_item (id) on delete cascade,
    number      int         not null,
    title       text        not null check (length(trim(title)) > 0),
    summary     text        not null default '',
    body        text        not null default '',
    roles       text[]      not null default '{}',
    stages      text[]      not null default '{}',
    themes      text[]      not null default '{}',
    facts       jsonb       not null default '{}',
    saved_by    text        not null,
    saved_at    timestamptz not null default now(),
    published_at timestamptz,
    search      tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', body), 'C')) stored,
    unique (resource_id, number)
);

alter table resource_item add constraint resource_item_published_fk
    foreign key (published_version_id) references resource_version (id);

create index resource_version_search_idx on resource_version using gin (search);
create index resource_version_resource_idx on resource_version (resource_id, number desc);

-- What the public sees: each item with its published version.
create view resource_published as
select i.id, i.slug, i.kind, v.title, v.summary, v.body, v.roles, v.stages, v.themes, v.facts,
       v.published_at, v.search
from resource_item i join resource_version v on v.id = i.published_version_id;

create table resource_image (
    id           bigint generated always as identity primary key,
    content_type text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
    bytes        bytea       not null check (octet_length(bytes) <= 2097152),
    description  text        not null default '',
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
