-- An evaluation per lot: an opportunity with lots has a model, bids, evaluators, decision and award for
-- each lot; one without lots keeps a single evaluation, stored as lot 0. Existing rows become lot 0.
alter table eval_rubric_level drop constraint eval_rubric_level_opportunity_id_fkey;
alter table eval_question drop constraint eval_question_opportunity_id_fkey;
alter table eval_measure drop constraint eval_measure_opportunity_id_fkey;
alter table eval_approval drop constraint eval_approval_opportunity_id_fkey;

alter table eval_model add column lot integer not null default 0 check (lot >= 0);
alter table eval_model drop constraint eval_model_pkey;
alter table eval_model add primary key (opportunity_id, lot);

alter table eval_rubric_level add column lot integer not null default 0;
alter table eval_rubric_level drop constraint eval_rubric_level_pkey;
alter table eval_rubric_level add primary key (opportunity_id, lot, score);
alter table eval_rubric_level add foreign key (opportunity_id, lot) references eval_model (opportunity_id, lot)
    on delete cascade;

alter table eval_question add column lot integer not null default 0;
alter table eval_question add foreign key (opportunity_id, lot) references eval_model (opportunity_id, lot)
    on delete cascade;

alter table eval_measure add column lot integer not null default 0;
alter table eval_measure drop constraint eval_measure_opportunity_id_measure_code_key;
alter table eval_measure add unique (opportunity_id, lot, measure_code);
alter table eval_measure add foreign key (opportunity_id, lot) references eval_model (opportunity_id, lot)
    on delete cascade;

-- One bid per supplier per lot.
alter table eval_bid add column lot integer not null default 0 check (lot >= 0);
alter table eval_bid drop constraint eval_bid_opportunity_id_supplier_id_key;
alter table eval_bid add unique (opportunity_id, lot, supplier_id);

alter table eval_evaluator add column lot integer not null default 0;
alter table eval_evaluator drop constraint eval_evaluator_pkey;
alter table eval_evaluator add primary key (opportunity_id, lot, user_id);

alter table eval_conflict add column lot integer not null default 0;
alter table eval_conflict drop constraint eval_conflict_pkey;
alter table eval_conflict add primary key (opportunity_id, lot, user_id, supplier_id);

alter table eval_decision add column lot integer not null default 0 check (lot >= 0);
alter table eval_decision drop constraint eval_decision_pkey;
alter table eval_decision add primary key (opportunity_id, lot);

alter table eval_approval add column lot integer not null default 0;
alter table eval_approval drop constraint eval_approval_pkey;
alter table eval_approval add primary key (opportunity_id, lot, user_id);
alter table eval_approval add foreign key (opportunity_id, lot) references eval_decision (opportunity_id, lot)
    on delete cascade;

alter table eval_audit add column lot integer not null default 0;
drop index eval_audit_opportunity_idx;
create index eval_audit_opportunity_idx on eval_audit (opportunity_id, lot, id);
