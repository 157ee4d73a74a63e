package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A program and its configuration. v1.1 (additive): {@code processChangeTypes} (the program's process-change taxonomy;
 * absent = any type) and {@code frameworkTags} (the tags its goals may carry, e.g. HIP categories or HAN pillars;
 * absent = any tag).
 * <p>
 * v1.2 (additive): {@code roles}, the role catalogue its change teams draw from (cohorts' required roles and team
 * members' roles; absent = {@link #DEFAULT_ROLES}), and {@code processChangeStages}, the lifecycle stages its process
 * changes move through (absent = {@link #DEFAULT_PROCESS_CHANGE_STAGES}, the contracting lifecycle). Read them through
 * {@link #roleCatalogue()} and {@link #stageCatalogue()} so that an absent list means the default everywhere.
 */
public record ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                                List<String> participantOrgTypes, LocalDate occurredOn,
                                List<String> processChangeTypes, List<String> frameworkTags,
                                List<String> roles, List<String> processChangeStages)
        implements AcceleratorEvent {
    /** The roles of an Equity Change Team (domain research 5.2) every program had before it could declare its own. */
    public static final List<String> DEFAULT_ROLES = List.of("EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER",
            "CONTRACTING_PROCUREMENT_OFFICER", "FINANCE", "SUPPLY_CHAIN", "HR", "COMMUNITY_HEALTH", "DEI", "OTHER");
    /** The contracting lifecycle (domain research 5.2, item 7): the stages before a program could declare its own. */
    public static final List<String> DEFAULT_PROCESS_CHANGE_STAGES = List.of("SOLICITATION_DESIGN",
            "ACCESS_SUBMISSION", "EVALUATION_AWARD", "CONTRACT_EXECUTION", "PAYMENT", "REPORTING_MONITORING",
            "OUTREACH_TA", "GOVERNANCE_DATA", "COMMUNITY_INVESTMENT");

    public ProgramRegistered {
        focusAreas = List.copyOf(focusAreas);
        participantOrgTypes = List.copyOf(participantOrgTypes);
        processChangeTypes = processChangeTypes == null ? null : List.copyOf(processChangeTypes);
        frameworkTags = frameworkTags == null ? null : List.copyOf(frameworkTags);
        roles = roles == null ? null : List.copyOf(roles);
        processChangeStages = processChangeStages == null ? null : List.copyOf(processChangeStages);
    }

    /** The v1.0 shape. */
    public ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                             List<String> participantOrgTypes, LocalDate occurredOn) {
        this(programId, name, convener, focusAreas, participantOrgTypes, occurredOn, null, null);
    }

    /** The v1.1 shape. */
    public ProgramRegistered(String programId, String name, String convener, List<String> focusAreas,
                             List<String> participantOrgTypes, LocalDate occurredOn,
                             List<String> processChangeTypes, List<String> frameworkTags) {
        this(programId, name, convener, focusAreas, participantOrgTypes, occurredOn, processChangeTypes,
                frameworkTags, null, null);
    }

    /** The roles teams of this program may name: the declared catalogue, or the default when none was declared. */
    public List<String> roleCatalogue() {
        return roles == null ? DEFAULT_ROLES : roles;
    }

    /** The stages process changes of this program may name: the declared ones, or the contracting lifecycle. */
    public List<String> stageCatalogue() {
        return processChangeStages == null ? DEFAULT_PROCESS_CHANGE_STAGES : processChangeStages;
    }

    @Override public String aggregateId() { return programId; }
    @Override public String cohortId() { return null; }
}
