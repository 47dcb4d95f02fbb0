-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1, PostgreSQL): one row per
-- event and module listener, written in the publishing transaction and completed when the listener has run. A listener
-- that fails leaves its row incomplete, to be published again on restart, so an event between modules is never lost.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
