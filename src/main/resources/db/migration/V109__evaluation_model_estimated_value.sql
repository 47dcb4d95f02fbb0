-- The estimated contract value the target-per-£1m formulas read, kept in the model when the opportunity opens,
-- so a later edit of the opportunity cannot change how bids are scored. Null until then; models opened before
-- this column read the opportunity's value, as they did.
alter table eval_model add column estimated_value numeric(16, 2);
