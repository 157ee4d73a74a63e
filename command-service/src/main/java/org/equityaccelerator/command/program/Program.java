package org.equityaccelerator.command.program;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.events.ProgramRegistered;

import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An accelerator program (e.g. the PHA Regional Equity Accelerator): which kinds of organisation may take part, and
 * the catalogues its cohorts and participants draw from (change types, goal tags, team roles, process-change stages).
 */
@Aggregate
public class Program {
    @AggregateIdentifier
    private String programId;
    private List<String> participantOrgTypes;
    private List<String> processChangeTypes;
    private List<String> frameworkTags;
    private List<String> roles;
    private List<String> processChangeStages;

    protected Program() {
    }

    @CommandHandler
    Program(RegisterProgramCommand command) {
        requireDistinct(command.roles(), "roles");
        requireDistinct(command.processChangeStages(), "processChangeStages");
        apply(new ProgramRegistered(command.programId(), command.name(), command.convener(), command.focusAreas(),
                command.participantOrgTypes(), command.occurredOn(), command.processChangeTypes(),
                command.frameworkTags(), command.roles(), command.processChangeStages()));
    }

    /** A catalogue naming an entry twice is a typo, not a configuration. */
    private static void requireDistinct(List<String> catalogue, String field) {
        if (catalogue == null) {
            return;
        }
        HashSet<String> seen = new HashSet<>();
        for (String entry : catalogue) {
            if (!seen.add(entry)) {
                throw new InvalidInput(field, "'" + entry + "' is named twice");
            }
        }
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

    /** The roles the program's teams may name (its own catalogue or the default one). */
    public List<String> roles() {
        return roles;
    }

    /** The lifecycle stages the program's process changes may name (its own or the contracting lifecycle). */
    public List<String> processChangeStages() {
        return processChangeStages;
    }

    @EventSourcingHandler
    void on(ProgramRegistered event) {
        programId = event.programId();
        participantOrgTypes = event.participantOrgTypes();
        processChangeTypes = event.processChangeTypes();
        frameworkTags = event.frameworkTags();
        roles = event.roleCatalogue();
        processChangeStages = event.stageCatalogue();
    }
}
