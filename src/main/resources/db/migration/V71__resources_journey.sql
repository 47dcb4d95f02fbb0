-- The self-assessment: questions per audience grouped into dimensions, answer options each mapped
-- to a maturity stage, and the results an organisation keeps over time.
create table journey_dimension (
    audience text not null check (audience in ('BUYER', 'SUPPLIER')),
    code     text not null,
    name     text not null,
    position int  not null,
    primary key (audience, code)
);

create table journey_question (
    id        bigint generated always as identity primary key,
    audience  text not null,
    dimension text not null,
    position  int  not null,
    text      text not null check (length(trim(text)) > 0),
    foreign key (audience, dimension) references journey_dimension (audience, code)
);

create table journey_option (
    id          bigint generated always as identity primary key,
    question_id bigint not null references journey_question (id) on delete cascade,
    position    int    not null,
    text        text   not null check (length(trim(text)) > 0),
    stage       text   not null check (stage in ('STARTING', 'DEVELOPING', 'ESTABLISHED', 'LEADING'))
);

create table journey_result (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references org_organisation (id),
    audience        text        not null,
    taken_by        text        not null,
    taken_at        timestamptz not null default now()
);

create index journey_result_org_idx on journey_result (organisation_id, taken_at desc);

create table journey_result_stage (
    result_id bigint not null references journey_result (id) on delete cascade,
    dimension text   not null,
    name      text   not null,
    position  int    not null,
    stage     text   not null,
    primary key (result_id, dimension)
);
