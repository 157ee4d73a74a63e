package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The lifecycle of a recorded process change: adopted, implemented, institutionalized, rolled back. */
final class ProcessChangeCommands {
    private ProcessChangeCommands() {
    }

    enum Authority { DEPARTMENT_POLICY, BOARD_ACTION, ADMIN_DIRECTIVE, STATE_LAW }

    record AdoptProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                     Authority authority, String evidenceRef, LocalDate occurredOn) {
    }

    record ImplementProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                         LocalDate effectiveDate, String scopeDetail, LocalDate occurredOn) {
    }

    record InstitutionalizeProcessChangeCommand(@TargetAggregateIdentifier String participantId,
                                                String processChangeId, String policyRef, LocalDate occurredOn) {
    }

    record RollBackProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                        String reason, LocalDate occurredOn) {
    }
}
