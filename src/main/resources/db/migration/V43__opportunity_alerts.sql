-- Opportunities: suppliers' saved searches and followed buyers, and the notices waiting to be e-mailed.
create table opp_alert (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null,
    email       text        not null,
    query       text,
    kind        text,
    division    text,
    value_band  text,
    buyer_id    bigint references org_organisation (id),
    sme         boolean     not null default false,
    vcse        boolean     not null default false,
    locality    text,
    frequency   text        not null check (frequency in ('IMMEDIATE', 'DAILY')),
    token       text        not null unique,
    created_at  timestamptz not null default now()
);

create index opp_alert_user_idx on opp_alert (user_id);

-- One row per alert, opportunity and thing that happened; at most one unsent row per alert and
-- opportunity, so several changes before the next mail make one mail, and a sent row is never sent again.
create table opp_alert_notice (
    id             bigint generated always as identity primary key,
    alert_id       bigint      not null references opp_alert (id) on delete cascade,
    opportunity_id bigint      not null references opp_opportunity (id) on delete cascade,
    reason         text        not null check (reason in ('PUBLISHED', 'CHANGED')),
    created_at     timestamptz not null default now(),
    sent_at        timestamptz
);

create unique index opp_alert_notice_unsent_idx on opp_alert_notice (alert_id, opportunity_id) where sent_at is null;
