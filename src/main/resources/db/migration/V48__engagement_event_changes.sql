-- An organiser can cancel an event (with a reason everyone registered is sent) instead of deleting it.
alter table eng_event add column cancelled_at timestamptz;
alter table eng_event add column cancel_reason text;
alter table eng_event add column updated_at timestamptz;
