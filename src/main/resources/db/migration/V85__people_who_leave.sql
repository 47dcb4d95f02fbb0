-- People who leave (issue 14): removing a person's account must not be blocked by what they left behind.
-- Event registrations, support requests and their messages, events and invitations keep their row with
-- the person's reference set to null; the engagement module replaces the kept name with "Former member".
alter table eng_event alter column created_by drop not null;
alter table eng_event drop constraint eng_event_created_by_fkey,
    add constraint eng_event_created_by_fkey foreign key (created_by) references account_user (id) on delete set null;

alter table eng_registration alter column user_id drop not null;
alter table eng_registration drop constraint eng_registration_user_id_fkey,
    add constraint eng_registration_user_id_fkey foreign key (user_id) references account_user (id) on delete set null;

alter table eng_support_request alter column requester_id drop not null;
alter table eng_support_request drop constraint eng_support_request_requester_id_fkey,
    add constraint eng_support_request_requester_id_fkey foreign key (requester_id) references account_user (id) on delete set null;
alter table eng_support_request drop constraint eng_support_request_assignee_id_fkey,
    add constraint eng_support_request_assignee_id_fkey foreign key (assignee_id) references account_user (id) on delete set null;

alter table eng_support_message alter column author_id drop not null;
alter table eng_support_message drop constraint eng_support_message_author_id_fkey,
    add constraint eng_support_message_author_id_fkey foreign key (author_id) references account_user (id) on delete set null;

alter table account_invitation drop constraint account_invitation_invited_by_fkey,
    add constraint account_invitation_invited_by_fkey foreign key (invited_by) references account_user (id) on delete set null;
