package org.equityaccelerator.command.program;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.events.ProgramRegistered;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An accelerator program (e.g. the PHA Regional Equity Accelerator): which kinds of organisation may take part. */
@Aggregate
public class Program {
    @AggregateIdentifier
    private String programId;
    private List<String> participantOrgTypes;
    private List<String> processChangeTypes;
    private List<String> frameworkTags;

    protected Program() {
    }

    @CommandHandler
    Program(RegisterProgramCommand command) {
        apply(new ProgramRegistered(command.programId(), command.name(), command.convener(), command.focusAreas(),
                command.participantOrgTypes(), command.occurredOn(), command.processChangeTypes(),
                command.frameworkTags()));
    }

    public boolean admits(String orgType) {
        return participantOrgTypes.contains(orgType);
    }

    public List<String> participantOrgTypes() {
        return participantOrgTypes;
    }

    /** The program's process-change taxonomy; null when it declared none (any type). */
    public List<String> processChangeTypes() {
        return processChangeTypes;
    }

    /** The tags goals may carry; null when it declared none (any tag). */
    public List<String> frameworkTags() {
        return frameworkTags;
    }

    @EventSourcingHandler
    void on(ProgramRegistered event) {
        programId = event.programId();
        participantOrgTypes = event.participantOrgTypes();
        processChangeTypes = event.processChangeTypes();
        frameworkTags = event.frameworkTags();
    }
}
