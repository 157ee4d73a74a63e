package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.Withdrawal;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Enrolments read from the event store itself: a participant's stream says whether it is still active, and a count
 * over the enrolment and withdrawal events (payloads are JSON) says how many take part. No second table to keep in
 * step with the streams.
 */
@Component
class EventStoreEnrolments implements Enrolments {
    private static final String COUNT = "select count(*) filter (where payloadtype = ?) "
            + "- count(*) filter (where payloadtype = ?) from domainevententry "
            + "where type = 'Participant' and payloadtype in (?, ?) "
            + "and convert_from(payload, 'UTF8')::jsonb ->> 'cohortId' = ?";

    private final Repository<Participant> participants;
    private final JdbcTemplate jdbc;

    EventStoreEnrolments(Repository<Participant> participants, DataSource dataSource) {
        this.participants = participants;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Optional<String> activeParticipant(String cohortId, String orgId) {
        String id = Enrolments.participantIdOf(cohortId, orgId);
        LocalDate withdrawnOn;
        try {
            withdrawnOn = participants.load(id).invoke(Participant::withdrawnOn);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
        Withdrawal.requireTakingPart(withdrawnOn, "orgId");
        return Optional.of(id);
    }

    @Override
    public int activeCount(String cohortId) {
        String enrolled = ParticipantEnrolled.class.getName();
        String withdrew = ParticipantWithdrew.class.getName();
        Integer count = jdbc.queryForObject(COUNT, Integer.class, enrolled, withdrew, enrolled, withdrew, cohortId);
        return count == null ? 0 : count;
    }
}
