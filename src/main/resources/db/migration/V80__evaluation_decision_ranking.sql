-- The ranking a decision was made on: each bid's total, rank and contributions, and the moderated scores
-- behind them, kept with the decision so later results, reports and letters show what was decided rather
-- than a recalculation. Decisions recorded before this column existed have none and are recalculated.
alter table eval_decision add column ranking jsonb;
