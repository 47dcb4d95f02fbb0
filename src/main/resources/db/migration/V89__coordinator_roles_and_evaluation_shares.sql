-- Least privilege for the partnership team (issue 14.5): the coordinator role is split in three, and a council
-- chooses, per evaluation, whether the partnership team may read it.

-- The partnership-team roles a coordinator holds; account_user.coordinator still says who is on the team.
create table account_coordinator_role (
    user_id bigint not null references account_user (id) on delete cascade,
    role    text   not null check (role in ('DIRECTORY', 'REPORTING', 'PLATFORM')),
    primary key (user_id, role)
);

-- Today's coordinators keep everything they could do.
insert into account_coordinator_role (user_id, role)
select u.id, r.role from account_user u cross join (values ('DIRECTORY'), ('REPORTING'), ('PLATFORM')) as r (role)
where u.coordinator;

-- An evaluation (lot 0 when the opportunity has no lots) its council shares with the partnership team.
create table eval_share (
    opportunity_id bigint      not null,
    lot            integer     not null default 0,
    shared_by      bigint,
    shared_at      timestamptz not null default now(),
    primary key (opportunity_id, lot)
);
