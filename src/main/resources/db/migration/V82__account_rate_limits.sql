-- Rate limits shared by every app instance (docs/decisions, rate limits): one row per bucket and key (an e-mail
-- address, a client address), counting hits in a fixed window that starts with the first hit after the last one ended.
create table account_rate_limit (
    bucket       text        not null,
    key          text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, key)
);

create index account_rate_limit_window_idx on account_rate_limit (window_start);
