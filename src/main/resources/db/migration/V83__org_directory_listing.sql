-- Nothing unconfirmed is public (issue 13): a self-registered organisation is listed in the directory only once its first
-- person confirms their e-mail address, and not while its name looks like a twin of a listed one (coordinators decide).
-- Sole traders may be listed to the partnership's signed-in members only (issue 14), never to the public or the API.
alter table org_organisation add column listed boolean not null default true;
alter table org_organisation add column listing text not null default 'PUBLIC' check (listing in ('PUBLIC', 'PARTNERS'));
create index org_organisation_unlisted_idx on org_organisation (id) where not listed;
