-- Opportunities: suppliers' expressions of interest and private clarification questions with public answers.
create table opp_interest (
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    supplier_id    bigint      not null references org_organisation (id),
    user_id        bigint      not null,
    email          text        not null,
    created_at     timestamptz not null default now(),
    primary key (opportunity_id, supplier_id)
);

create table opp_question (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    supplier_id    bigint      not null references org_organisation (id),
    asked_by       bigint      not null,
    question       text        not null check (length(trim(question)) > 0),
    answer         text,
    answered_at    timestamptz,
    created_at     timestamptz not null default now()
);

create index opp_question_opportunity_idx on opp_question (opportunity_id);
