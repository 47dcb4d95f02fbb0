-- Files a supplier attaches to an answer of its bid, kept in PostgreSQL like opportunity documents.
-- They are part of the sealed bid: read only through SealedBids, and they go when the bid is withdrawn.
create table eval_answer_file (
    id           bigint generated always as identity primary key,
    bid_id       bigint      not null references eval_bid (id) on delete cascade,
    question_id  bigint      not null references eval_question (id) on delete cascade,
    filename     text        not null check (length(trim(filename)) > 0),
    content_type text        not null,
    size         integer     not null check (size > 0),
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);

create index eval_answer_file_bid_idx on eval_answer_file (bid_id);
