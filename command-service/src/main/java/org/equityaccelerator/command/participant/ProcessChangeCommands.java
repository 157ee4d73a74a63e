package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The lifecycle of a recorded process change: adopted, implemented, institutionalized, rolled back. */
final class ProcessChangeCommands {
    private ProcessChangeCommands() {
    }

    enum Authority { DEPARTMENT_POLICY, BOARD_ACTION, ADMIN_DIRECTIVE, STATE_LAW }

    /** A step of a recorded change: handled by the {@link ProcessChange} entity it names. */
    interface ProcessChangeStep {
        String processChangeId();
    }

    record AdoptProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                     Authority authority, String evidenceRef, LocalDate occurredOn) implements ProcessChangeStep {
    }

    record ImplementProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                         LocalDate effectiveDate, String scopeDetail, LocalDate occurredOn) implements ProcessChangeStep {
    }

    record InstitutionalizeProcessChangeCommand(@TargetAggregateIdentifier String participantId,
                                                String processChangeId, String policyRef, LocalDate occurredOn) implements ProcessChangeStep {
    }

    record RollBackProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                        String reason, LocalDate occurredOn) implements ProcessChangeStep {
    }
}
