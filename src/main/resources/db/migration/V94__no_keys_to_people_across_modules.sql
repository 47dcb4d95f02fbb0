-- No foreign keys across modules, people included (issue 15, decision 0005). Engagement keeps the ids of the
-- people who organised events, registered, asked for support or answered; when an account is closed, the
-- engagement module's own erasure (EngagementPersonalData) sets them to null before the account row goes,
-- which is what these keys' "on delete set null" (V85) did until now.
alter table eng_event drop constraint if exists eng_event_created_by_fkey;
alter table eng_registration drop constraint if exists eng_registration_user_id_fkey;
alter table eng_support_request drop constraint if exists eng_support_request_requester_id_fkey;
alter table eng_support_request drop constraint if exists eng_support_request_assignee_id_fkey;
alter table eng_support_message drop constraint if exists eng_support_message_author_id_fkey;
