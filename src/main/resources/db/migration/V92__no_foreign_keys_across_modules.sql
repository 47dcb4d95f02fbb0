-- Decision 0005: no foreign key joins two modules' tables. A module keeps the ids of other modules' rows it needs and
-- follows the owning module's events (OrganisationsMerged moves them to the surviving organisation). Until now spend
-- cascaded an organisation's deletion, other modules refused it, and evaluation had no key at all; merges deleted the
-- merged organisation while other modules still pointed at it. Keys inside a module stay.

-- Organisations (the directory) as buyers, suppliers and members.
alter table account_invitation drop constraint if exists account_invitation_organisation_id_fkey;
alter table account_membership drop constraint if exists account_membership_organisation_id_fkey;
alter table eng_event drop constraint if exists eng_event_buyer_id_fkey;
alter table eng_registration drop constraint if exists eng_registration_organisation_id_fkey;
alter table journey_result drop constraint if exists journey_result_organisation_id_fkey;
alter table pledge_commitment drop constraint if exists pledge_commitment_organisation_id_fkey;
alter table opp_opportunity drop constraint if exists opp_opportunity_buyer_id_fkey;
alter table opp_interest drop constraint if exists opp_interest_supplier_id_fkey;
alter table opp_question drop constraint if exists opp_question_supplier_id_fkey;
alter table opp_alert drop constraint if exists opp_alert_buyer_id_fkey;
alter table spend_upload drop constraint if exists spend_upload_buyer_id_fkey;
alter table spend_buyer_mapping drop constraint if exists spend_buyer_mapping_buyer_id_fkey;
alter table spend_import drop constraint if exists spend_import_buyer_id_fkey;
alter table spend_summary_state drop constraint if exists spend_summary_state_buyer_id_fkey;
alter table spend_month_supplier drop constraint if exists spend_month_supplier_buyer_id_fkey;
alter table spend_month_category drop constraint if exists spend_month_category_buyer_id_fkey;
alter table spend_year_supplier_category drop constraint if exists spend_year_supplier_category_buyer_id_fkey;
alter table spend_supplier_name drop constraint if exists spend_supplier_name_organisation_id_fkey;

-- Opportunities, whose evaluations the evaluation module keeps (opportunities are never deleted today).
alter table eval_model drop constraint if exists eval_model_opportunity_id_fkey;
alter table eval_bid drop constraint if exists eval_bid_opportunity_id_fkey;
alter table eval_evaluator drop constraint if exists eval_evaluator_opportunity_id_fkey;
alter table eval_conflict drop constraint if exists eval_conflict_opportunity_id_fkey;
alter table eval_decision drop constraint if exists eval_decision_opportunity_id_fkey;

