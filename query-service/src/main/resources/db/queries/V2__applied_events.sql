-- Every event the projection applied, as received (CloudEvent JSON), written in the same transaction as the views.
-- As-of (business date) and known-at (recorded instant) views fold these with the live folds' code.
create table applied_event (
    aggregate_id varchar(255) not null,
    sequence     bigint       not null,
    cohort_id    varchar(255),
    occurred_on  date         not null,
    recorded_at  timestamptz  not null,
    cloud_event  text         not null,
    primary key (aggregate_id, sequence)
);
create index applied_event_cohort on applied_event (cohort_id, occurred_on, recorded_at);
