-- Views are JSON documents produced by pure folds (ParticipantProgressFold, RegionalProgressFold); the tables
-- below are only their storage. Positions and offsets are written in the same transaction as the views.
create table participant_progress (
    participant_id varchar(255) primary key,
    cohort_id      varchar(255),
    view           jsonb not null
);
create index participant_progress_cohort on participant_progress (cohort_id);

create table regional_progress (
    cohort_id varchar(255) primary key,
    view      jsonb not null
);

-- last applied aggregate sequence: a redelivered or older event changes nothing
create table aggregate_position (
    aggregate_id  varchar(255) primary key,
    last_sequence bigint not null
);

-- the consumer's source of truth for where to resume (Kafka's committed offsets are informational only)
create table consumer_offset (
    topic       varchar(255) not null,
    partition   integer      not null,
    next_offset bigint       not null,
    primary key (topic, partition)
);

-- records that could not be read as events of this contract: kept for inspection, never silently dropped
create table skipped_record (
    topic      varchar(255) not null,
    partition  integer      not null,
    record_offset bigint    not null,
    reason     text         not null,
    value      text,
    primary key (topic, partition, record_offset)
);
