-- Axon's JDBC event store, token store and snapshot tables, as PostgresEventTableFactory /
-- PostgresTokenTableFactory create them (bytea payloads, BIGSERIAL global index: no Hibernate oid or
-- increment-50 sequence pitfalls), but owned by Flyway so that grants and checks can be added next to them.
create table domainevententry (
    globalindex        bigserial    not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber     bigint       not null,
    type               varchar(255),
    eventidentifier    varchar(255) not null,
    metadata           bytea,
    payload            bytea        not null,
    payloadrevision    varchar(255),
    payloadtype        varchar(255) not null,
    timestamp          varchar(255),
    primary key (globalindex),
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber     bigint       not null,
    type               varchar(255) not null,
    eventidentifier    varchar(255) not null,
    metadata           bytea,
    payload            bytea        not null,
    payloadrevision    varchar(255),
    payloadtype        varchar(255) not null,
    timestamp          varchar(255),
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);
