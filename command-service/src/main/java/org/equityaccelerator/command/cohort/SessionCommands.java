package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A scheduled session is rescheduled, held or cancelled. */
final class SessionCommands {
    private SessionCommands() {
    }

    /** {@code modality} null: the session is held as it was planned. */
    record RescheduleSessionCommand(@TargetAggregateIdentifier String cohortId, String sessionId, LocalDate newDate,
                                    String reason, LocalDate occurredOn, Modality modality) {
    }

    record MarkSessionHeldCommand(@TargetAggregateIdentifier String cohortId, String sessionId, String note,
                                  LocalDate occurredOn) {
    }

    record CancelSessionCommand(@TargetAggregateIdentifier String cohortId, String sessionId, String reason,
                                LocalDate occurredOn) {
    }

    record CloseCohortCommand(@TargetAggregateIdentifier String cohortId, LocalDate occurredOn) {
    }
}
