-- Evaluation: the published model of each opportunity, sealed bids, independent scores, moderation,
-- the award decision and an audit trail. Ids of other modules' rows are kept without foreign keys
-- to their tables, except the opportunity, which an evaluation cannot outlive.
create table eval_model (
    opportunity_id bigint primary key references opp_opportunity (id) on delete cascade,
    buyer_id       bigint        not null,
    price_weight   numeric(5, 2) not null check (price_weight >= 0),
    quality_weight numeric(5, 2) not null check (quality_weight >= 0),
    social_weight  numeric(5, 2) not null check (social_weight >= 0),
    updated_at     timestamptz   not null default now(),
    check (price_weight + quality_weight + social_weight = 100)
);

create table eval_rubric_level (
    opportunity_id bigint  not null references eval_model (opportunity_id) on delete cascade,
    score          integer not null check (score between 0 and 100),
    descriptor     text    not null,
    primary key (opportunity_id, score)
);

-- A qualitative question: QUALITY shares the quality weight, SOCIAL shares the social value weight.
create table eval_question (
    id             bigint generated always as identity primary key,
    opportunity_id bigint        not null references eval_model (opportunity_id) on delete cascade,
    section        text          not null check (section in ('QUALITY', 'SOCIAL')),
    title          text          not null check (length(trim(title)) > 0),
    guidance       text          not null default '',
    weight         numeric(7, 2) not null check (weight > 0)
);

-- A quantitative social value criterion: a measure of the pinned framework and its scoring method.
create table eval_measure (
    id             bigint generated always as identity primary key,
    opportunity_id bigint        not null references eval_model (opportunity_id) on delete cascade,
    measure_code   text          not null,
    scoring        text          not null
                   check (scoring in ('value-over-best', 'target-per-million', 'monetised-over-best')),
    target         numeric(12, 2) check (target > 0),
    weight         numeric(7, 2) not null check (weight > 0),
    unique (opportunity_id, measure_code)
);

create table eval_bid (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    supplier_id    bigint      not null,
    status         text        not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    price          numeric(16, 2) check (price >= 0),
    submitted_at   timestamptz,
    updated_at     timestamptz not null default now(),
    updated_by     bigint,
    unique (opportunity_id, supplier_id)
);

create table eval_answer (
    bid_id      bigint not null references eval_bid (id) on delete cascade,
    question_id bigint not null references eval_question (id) on delete cascade,
    answer      text   not null default '',
    primary key (bid_id, question_id)
);

create table eval_bid_commitment (
    id            bigint generated always as identity primary key,
    bid_id        bigint         not null references eval_bid (id) on delete cascade,
    measure_code  text           not null,
    quantity      numeric(14, 2) not null check (quantity >= 0),
    delivery_date date,
    locality      text           not null default ''
);

create table eval_evaluator (
    opportunity_id bigint not null references opp_opportunity (id) on delete cascade,
    user_id        bigint not null,
    display_name   text   not null,
    submitted_at   timestamptz,
    primary key (opportunity_id, user_id)
);

-- A conflict-of-interest declaration for one bidding organisation; a conflict excludes the evaluator from it.
create table eval_conflict (
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    user_id        bigint      not null,
    supplier_id    bigint      not null,
    conflicted     boolean     not null,
    note           text        not null default '',
    declared_at    timestamptz not null default now(),
    primary key (opportunity_id, user_id, supplier_id)
);

create table eval_score (
    bid_id        bigint      not null references eval_bid (id) on delete cascade,
    question_id   bigint      not null references eval_question (id) on delete cascade,
    evaluator_id  bigint      not null,
    score         integer     not null check (score between 0 and 100),
    justification text        not null check (length(trim(justification)) > 0),
    scored_at     timestamptz not null default now(),
    primary key (bid_id, question_id, evaluator_id)
);

create table eval_moderation (
    bid_id       bigint      not null references eval_bid (id) on delete cascade,
    question_id  bigint      not null references eval_question (id) on delete cascade,
    score        integer     not null check (score between 0 and 100),
    rationale    text        not null check (length(trim(rationale)) > 0),
    moderated_by bigint      not null,
    moderated_at timestamptz not null default now(),
    primary key (bid_id, question_id)
);

create table eval_decision (
    opportunity_id bigint primary key references opp_opportunity (id) on delete cascade,
    bid_id         bigint      not null references eval_bid (id),
    rationale      text        not null check (length(trim(rationale)) > 0),
    recorded_by    bigint      not null,
    recorded_at    timestamptz not null default now(),
    awarded_at     timestamptz
);

create table eval_approval (
    opportunity_id bigint      not null references eval_decision (opportunity_id) on delete cascade,
    user_id        bigint      not null,
    display_name   text        not null,
    approved_at    timestamptz not null default now(),
    primary key (opportunity_id, user_id)
);

-- Every score, moderation and change, in order; never updated or deleted.
create table eval_audit (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null,
    occurred_at    timestamptz not null default now(),
    user_id        bigint,
    actor          text        not null,
    action         text        not null,
    detail         text        not null default ''
);

create index eval_audit_opportunity_idx on eval_audit (opportunity_id, id);
create index eval_bid_opportunity_idx on eval_bid (opportunity_id);
