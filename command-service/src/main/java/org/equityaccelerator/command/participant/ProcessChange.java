package org.equityaccelerator.command.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.equityaccelerator.command.participant.ProcessChangeCommands.AdoptProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.ImplementProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.InstitutionalizeProcessChangeCommand;
import org.equityaccelerator.command.participant.ProcessChangeCommands.RollBackProcessChangeCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.ProcessChangeAdopted;
import org.equityaccelerator.events.ProcessChangeImplemented;
import org.equityaccelerator.events.ProcessChangeInstitutionalized;
import org.equityaccelerator.events.ProcessChangeRolledBack;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A process change of the participant, an entity of its stream addressed by {@code processChangeId}: once recorded
 * (by the participant, which checks the team and the program's taxonomy and stages), it goes proposed -> adopted ->
 * implemented -> institutionalized, or is rolled back once in effect.
 */
final class ProcessChange {
    @EntityId
    private final String processChangeId;
    private final StreamIds ids;
    ProcessChangeStatus status;
    LocalDate adoptedOn;
    LocalDate effectiveDate;

    ProcessChange(String processChangeId, StreamIds ids, ProcessChangeStatus status) {
        this.processChangeId = processChangeId;
        this.ids = ids;
        this.status = status;
    }

    @CommandHandler
    void handle(AdoptProcessChangeCommand command) {
        requireStatus(ProcessChangeStatus.PROPOSED);
        apply(new ProcessChangeAdopted(ids.participantId(), ids.cohortId(), ids.programId(), processChangeId,
                command.authority().name(), command.evidenceRef(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ImplementProcessChangeCommand command) {
        requireStatus(ProcessChangeStatus.ADOPTED);
        if (command.effectiveDate().isBefore(adoptedOn)) {
            throw new RuleViolation("effectiveDate", "a change cannot take effect before its adoption ("
                    + adoptedOn + ")");
        }
        apply(new ProcessChangeImplemented(ids.participantId(), ids.cohortId(), ids.programId(), processChangeId,
                command.effectiveDate(), command.scopeDetail(), command.occurredOn()));
    }

    @CommandHandler
    void handle(InstitutionalizeProcessChangeCommand command) {
        requireStatus(ProcessChangeStatus.IMPLEMENTED);
        apply(new ProcessChangeInstitutionalized(ids.participantId(), ids.cohortId(), ids.programId(),
                processChangeId, command.policyRef(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RollBackProcessChangeCommand command) {
        if (!inEffect()) {
            throw new RuleViolation("processChangeId", "only an implemented or institutionalized change can be rolled "
                    + "back; it is " + status);
        }
        if (command.occurredOn().isBefore(effectiveDate)) {
            throw new RuleViolation("occurredOn", "a roll-back cannot precede the change's effective date ("
                    + effectiveDate + ")");
        }
        apply(new ProcessChangeRolledBack(ids.participantId(), ids.cohortId(), ids.programId(), processChangeId,
                command.reason(), command.occurredOn()));
    }

    /** Implemented or institutionalized: it can address a barrier, or be rolled back. */
    boolean inEffect() {
        return status == ProcessChangeStatus.IMPLEMENTED || status == ProcessChangeStatus.INSTITUTIONALIZED;
    }

    private void requireStatus(ProcessChangeStatus required) {
        if (status != required) {
            throw new RuleViolation("processChangeId", "this step needs a " + required + " change; it is " + status);
        }
    }

    @EventSourcingHandler
    void on(ProcessChangeAdopted event) {
        status = ProcessChangeStatus.ADOPTED;
        adoptedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(ProcessChangeImplemented event) {
        status = ProcessChangeStatus.IMPLEMENTED;
        effectiveDate = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(ProcessChangeInstitutionalized event) {
        status = ProcessChangeStatus.INSTITUTIONALIZED;
    }

    @EventSourcingHandler
    void on(ProcessChangeRolledBack event) {
        status = ProcessChangeStatus.ROLLED_BACK;
    }

    // value equality: Axon's fixture compares the state after handling with the state after replaying
    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessChange p && processChangeId.equals(p.processChangeId) && ids.equals(p.ids)
                && status == p.status && Objects.equals(adoptedOn, p.adoptedOn)
                && Objects.equals(effectiveDate, p.effectiveDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(processChangeId, status, adoptedOn, effectiveDate);
    }
}
