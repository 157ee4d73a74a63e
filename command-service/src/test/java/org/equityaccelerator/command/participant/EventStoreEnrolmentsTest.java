package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equityaccelerator.command.participant.ParticipantFixture.C;
import static org.equityaccelerator.command.participant.ParticipantFixture.PROG;

/**
 * Endorsements of a regional recommendation name an organisation: the enrolment lookup they go through refuses one
 * that withdrew with the withdrawal rule, naming {@code orgId} (the count of active participants is SQL over the
 * store and is covered by the service's integration tests).
 */
class EventStoreEnrolmentsTest {
    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final EventStoreEnrolments enrolments = new EventStoreEnrolments(
            EventSourcingRepository.builder(Participant.class).eventStore(store).build(),
            new SimpleDriverDataSource());
    final String lhjA = Enrolments.participantIdOf(C, "LHJ-A");

    EventStoreEnrolmentsTest() {
        store.publish(new GenericDomainEventMessage<>("Participant", lhjA, 0, new ParticipantEnrolled(lhjA, C, PROG,
                "LHJ-A", "LHJ-A", "LHJ_COUNTY", LocalDate.of(2023, 3, 1))));
        store.publish(new GenericDomainEventMessage<>("Participant", lhjA, 1, new ChangeTeamFormed(lhjA, C, PROG,
                LocalDate.of(2023, 3, 2))));
    }

    @Test
    void anActiveOrganisationIsItsParticipantAndAnUnknownOneIsNone() {
        assertThat(lookUp("LHJ-A").getPayload()).isEqualTo(Optional.of(lhjA));
        assertThat(lookUp("LHJ-Z").getPayload()).isEqualTo(Optional.empty());
    }

    @Test
    void anOrganisationThatWithdrewIsRefusedWithTheWithdrawalRuleNamingTheOrg() {
        store.publish(new GenericDomainEventMessage<>("Participant", lhjA, 2, new ParticipantWithdrew(lhjA, C, PROG,
                "LHJ-A", "reorganisation", LocalDate.of(2023, 9, 30))));
        ResultMessage<?> result = lookUp("LHJ-A");
        assertThat(result.exceptionResult()).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo("orgId");
            assertThat(v.getMessage()).isEqualTo("the participant withdrew on 2023-09-30: nothing new is recorded for it");
        });
    }

    private ResultMessage<?> lookUp(String orgId) {
        return DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("look-up"))
                .executeWithResult(() -> enrolments.activeParticipant(C, orgId));
    }
}
