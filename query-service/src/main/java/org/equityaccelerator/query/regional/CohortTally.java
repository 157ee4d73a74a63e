package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.CohortPhaseDefined;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the cohort declared about itself: dates, rules, phases, and whether it closed. */
public class CohortTally {
    public String cohortId;
    public String programId;
    public String label;
    public String region;
    public LocalDate startDate;
    public LocalDate endDate;
    public List<String> requiredRoles = new ArrayList<>();
    /** Aggregates over fewer reporting participants than this are suppressed. */
    public int minReportingParticipants = CohortOpened.DEFAULT_MIN_REPORTING;
    /** A group's value standing for fewer people or records than this is suppressed (not shown, not rolled up). */
    public int minCellCount = CohortOpened.DEFAULT_MIN_CELL_COUNT;
    public List<Phase> phases = new ArrayList<>();
    public Status status = Status.OPEN;
    public LocalDate closedOn;

    public enum Status { OPEN, CLOSED }

    public record Phase(String phaseId, String name, LocalDate startDate, LocalDate endDate, String expectation) {
        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
        }
    }

    static boolean appliesTo(Object data) {
        return data instanceof CohortOpened || data instanceof CohortPhaseDefined || data instanceof CohortClosed;
    }

    void apply(Object data) {
        if (data instanceof CohortOpened e) {
            cohortId = e.cohortId();
            programId = e.programId();
            label = e.label();
            region = e.region();
            startDate = e.startDate();
            endDate = e.endDate();
            requiredRoles = e.requiredRoles();
            minReportingParticipants = e.minReportingParticipants();
            minCellCount = e.minCellCount();
        } else if (data instanceof CohortPhaseDefined e) {
            phases.add(new Phase(e.phaseId(), e.name(), e.startDate(), e.endDate(), e.expectation()));
            phases.sort(Comparator.comparing(Phase::startDate));
        } else if (data instanceof CohortClosed e) {
            status = Status.CLOSED;
            closedOn = e.occurredOn();
        }
    }

    /**
     * The date figures "as of today" may count to: the requested day, but never past the cohort's closure (work
     * beyond the cohort is carried over, not overdue). An open cohort past its planned end is still running: its
     * closure is the record that it ended, so only the closure bounds.
     */
    public LocalDate servedUntil(LocalDate requested) {
        return closedOn != null && closedOn.isBefore(requested) ? closedOn : requested;
    }

    /** The phase a day falls in; null outside every phase. */
    Phase phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.contains(day)).findFirst().orElse(null);
    }
}
