-- Influenceable spend as CLES counts it (issue 16): the seeded rules set aside too much and too little.
-- A pattern is matched against "supplier name | expense type" (PostgreSQL regular expression, ignoring case), so
-- "^[^|]*" reads the supplier's name only and "\|[^|]*" the expense type only. A coordinator's choice to switch a
-- seeded rule off is kept: the rules are rewritten in place.

-- Payroll, but not agency or temporary staff, which are bought from suppliers.
update spend_rule set value = '^(?!.*\m(agency|temp|temporary|locum|interim|contract)\M).*\m(payroll|salar(y|ies)|wages)\M'
where seeded and value = '\m(payroll|salar(y|ies)|wages)\M';

-- Pension contributions and schemes, but not pensioners' groups or a pensions consultancy's fees.
update spend_rule set value = '\mpensions? (contributions?|fund|scheme|deficit|strain|payments?)\M'
    || '|\m(superannuation|lgps|local government pension scheme)\M|\|\s*(employers?''?s?\s+)?pensions?\s*$'
where seeded and value = '\mpension';

-- Public bodies by their name as a supplier: "X Council" or "... Borough Council", never "Council for Voluntary
-- Service" or an expense type such as "Council Housing Repairs".
update spend_rule set value = '^[^|]*((?<!community )\mcouncils?\s*(\(|\||$)|\m(borough|county|district|parish|town|city) council\M'
    || '|\m(london|royal|metropolitan) borough of\M|\mnhs\M|\mpolice\M|\mfire (and|&) rescue\M'
    || '|\mintegrated care board\M|\micb\M)'
where seeded and value = '\m(council|borough|county council|district council|nhs|police|fire (and|&) rescue|integrated care board|icb)\M';

insert into spend_rule (kind, value, reason, seeded) values
    ('PATTERN', '\mprecepts?\M', 'Precepts are paid over to other public bodies', true),
    ('PATTERN', '\m(business|non[- ]?domestic|nndr|ndr) rates\M|\|\s*rates\M', 'Business rates are tax', true),
    ('PATTERN', '^[^|]*(\mhm (revenue|treasury|courts|land registry|prison)|\mdep(artmen)?t\.? (for|of)\M'
        || '|\mministry of\M|\mcabinet office\M|\mhome office\M|\menvironment agency\M|\mvaluation office\M'
        || '|\mdvla\M|\mland registry\M|\mcompanies house\M|\mnational crime agency\M)',
     'Payments to central government bodies', true),
    ('PATTERN', '\|[^|]*\m(housing benefits?|council tax (support|reduction)|benefit payments?'
        || '|discretionary housing payments?|direct payments?)\M',
     'Benefits are paid to residents, not bought', true),
    ('PATTERN', '\|[^|]*\mgrants?\M', 'Grants are given, not bought', true),
    ('PATTERN', '\|[^|]*\mrefunds?\M', 'Refunds return money, they buy nothing', true),
    ('PATTERN', '\|[^|]*(\m(loan|debt|pwlb) (interest|repayments?|principal)\M|\minterest (on|payable)\M'
        || '|\mloan notes?\M|\mpwlb\M)',
     'Loan interest and repayments are financing, not purchases', true);

-- The rules changed: every buyer's summaries are rebuilt with them when the application next starts.
create table spend_rule_revision (
    id       int primary key check (id = 1),
    revision int not null,
    applied  int not null
);
insert into spend_rule_revision (id, revision, applied) values (1, 1, 0);
