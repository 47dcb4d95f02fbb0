-- People in spend data (issue 14.7): before import the buyer withholds payees that read like a person's name and
-- lines of sensitive expense types; the upload keeps that choice for the import, which stores such lines as redacted.
alter table spend_upload add column withheld_payees        text[] not null default '{}';
alter table spend_upload add column withheld_expense_types text[] not null default '{}';
