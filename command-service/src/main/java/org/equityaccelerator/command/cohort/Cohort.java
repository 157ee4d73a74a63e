package org.equityaccelerator.command.cohort;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.SessionScheduled;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A cohort of a program: its window, team rules and session calendar. */
@Aggregate
public class Cohort {
    @AggregateIdentifier
    private String cohortId;
    private String programId;
    private LocalDate startDate;
    private LocalDate endDate;
    private final Set<Integer> sessionSeqs = new HashSet<>();
    private final Set<String> sessionIds = new HashSet<>();
    private final java.util.Map<String, MetricRule> metrics = new java.util.HashMap<>();

    protected Cohort() {
    }

    @CommandHandler
    Cohort(OpenCohortCommand command, Programs programs) {
        programs.admittedOrgTypes(command.programId()); // the program must exist
        if (!command.endDate().isAfter(command.startDate())) {
            throw new RuleViolation("endDate", "endDate must be after startDate");
        }
        if (command.minTeamSize() > command.maxTeamSize()) {
            throw new RuleViolation("minTeamSize", "minTeamSize must not exceed maxTeamSize");
        }
        apply(new CohortOpened(command.cohortId(), command.programId(), command.label(), command.region(),
                command.startDate(), command.endDate(), command.minTeamSize(), command.maxTeamSize(),
                command.requiredRoles(), command.occurredOn(), command.minReportingParticipants()));
    }

    @CommandHandler
    void handle(ScheduleSessionCommand command) {
        if (sessionIds.contains(command.sessionId())) {
            throw new RuleViolation("sessionId", "session '" + command.sessionId() + "' is already scheduled");
        }
        if (sessionSeqs.contains(command.seq())) {
            throw new RuleViolation("seq", "cohort already has a session number " + command.seq());
        }
        if (!withinWindow(command.scheduledFor(), command.datePrecision())) {
            throw new RuleViolation("scheduledFor", "session date " + command.scheduledFor()
                    + " is outside the cohort window " + startDate + ".." + endDate);
        }
        apply(new SessionScheduled(cohortId, programId, command.sessionId(), command.seq(), command.title(),
                command.scheduledFor(), command.datePrecision().name(), command.occurredOn()));
    }

    @CommandHandler
    void handle(AdoptMetricCommand command) {
        if (metrics.containsKey(command.metricId())) {
            throw new RuleViolation("metricId", "the cohort already adopted metric '" + command.metricId() + "'");
        }
        if (command.aggregation() == AdoptMetricCommand.Aggregation.POOLED_RATIO
                && command.unit() != AdoptMetricCommand.MetricUnit.PERCENT
                && command.unit() != AdoptMetricCommand.MetricUnit.RATIO) {
            throw new RuleViolation("aggregation", "a pooled ratio needs a PERCENT or RATIO unit");
        }
        apply(new MetricAdoptedForCohort(cohortId, programId, command.metricId(), command.version(), command.name(),
                command.unit().name(), command.polarity().name(), command.frequency().name(),
                command.aggregation().name(), command.occurredOn()));
    }

    public java.util.Optional<MetricRule> metric(String metricId) {
        return java.util.Optional.ofNullable(metrics.get(metricId));
    }

    /** A MONTH date counts as inside when any day of that month is. */
    private boolean withinWindow(LocalDate date, DatePrecision precision) {
        LocalDate first = precision == DatePrecision.MONTH ? date.withDayOfMonth(1) : date;
        LocalDate last = precision == DatePrecision.MONTH ? date.withDayOfMonth(date.lengthOfMonth()) : date;
        return !last.isBefore(startDate) && !first.isAfter(endDate);
    }

    public String programId() {
        return programId;
    }

    @EventSourcingHandler
    void on(CohortOpened event) {
        cohortId = event.cohortId();
        programId = event.programId();
        startDate = event.startDate();
        endDate = event.endDate();
    }

    @EventSourcingHandler
    void on(MetricAdoptedForCohort event) {
        metrics.put(event.metricId(), new MetricRule(event.unit(), event.frequency(), event.aggregation()));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessionIds.add(event.sessionId());
        sessionSeqs.add(event.seq());
    }
}
