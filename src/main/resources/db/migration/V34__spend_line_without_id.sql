-- Nothing refers to a spend line by number: a line is its buyer and fingerprint, kept unique by the import (decision
-- 0004), and the dashboards read the summaries. The identity key's B-tree cost about 1.3 s per million copied lines,
-- as much PostgreSQL work as the rest of the insert (docs/benchmarks.md), so the column and its key go.
alter table spend_line drop column id;
