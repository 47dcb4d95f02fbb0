-- One table prefix per module (issue 15, decision 0005): the resources module's self-assessment and charter
-- tables take its prefix, resource_, like its other tables. Their keys, indexes and identity sequences follow.
alter table journey_dimension rename to resource_journey_dimension;
alter table journey_question rename to resource_journey_question;
alter table journey_option rename to resource_journey_option;
alter table journey_result rename to resource_journey_result;
alter table journey_result_stage rename to resource_journey_result_stage;
alter table pledge rename to resource_pledge;
alter table pledge_commitment rename to resource_pledge_commitment;

do $$
declare
    item record;
begin
    -- Constraints first: renaming a primary or unique key renames the index behind it.
    for item in
        select c.conname as name, c.conrelid::regclass::text as tbl
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = current_schema() and c.conrelid <> 0
          and (c.conname like 'journey\_%' or c.conname like 'pledge%')
    loop
        execute format('alter table %s rename constraint %I to %I', item.tbl, item.name, 'resource_' || item.name);
    end loop;
    for item in
        select cl.relname as name, cl.relkind as kind
        from pg_class cl join pg_namespace n on n.oid = cl.relnamespace
        where n.nspname = current_schema() and cl.relkind in ('i', 'S')
          and (cl.relname like 'journey\_%' or cl.relname like 'pledge%')
    loop
        if item.kind = 'i' then
            execute format('alter index %I rename to %I', item.name, 'resource_' || item.name);
        else
            execute format('alter sequence %I rename to %I', item.name, 'resource_' || item.name);
        end if;
    end loop;
end
$$;
