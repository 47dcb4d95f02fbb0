-- Why social value is weighted below the 10% of the total score that PPN 002 asks for (for example the
-- market-immaturity exception). Required by the application when the weight is below 10%; null otherwise.
alter table eval_model add column social_justification text;
