package org.equityaccelerator.command.cohort;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.Withdrawal;
import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.CohortPhaseDefined;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.InstrumentEvent;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.AttendanceCorrected;
import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.SessionCancelled;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionRescheduled;
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
    private TeamRules teamRules;
    private LocalDate closedOn;
    private final java.util.Map<String, Phase> phases = new java.util.HashMap<>();

    private record Phase(LocalDate start, LocalDate end) {
    }
    private final Set<Integer> sessionSeqs = new HashSet<>();
    private final java.util.Map<String, Session> sessions = new java.util.HashMap<>();
    private final java.util.Map<String, MetricRule> metrics = new java.util.HashMap<>();
    /** instrumentId@version -> the administrations it was adopted for. */
    private final java.util.Map<String, java.util.Set<String>> instruments = new java.util.HashMap<>();

    protected Cohort() {
    }

    @CommandHandler
    Cohort(OpenCohortCommand command, Programs programs) {
        programs.requireRoles(command.programId(), command.requiredRoles(), "requiredRoles"); // exists, has them
        if (!command.endDate().isAfter(command.startDate())) {
            throw new RuleViolation("endDate", "endDate must be after startDate");
        }
        if (command.minTeamSize() > command.maxTeamSize()) {
            throw new RuleViolation("minTeamSize", "minTeamSize must not exceed maxTeamSize");
        }
        apply(new CohortOpened(command.cohortId(), command.programId(), command.label(), command.region(),
                command.startDate(), command.endDate(), command.minTeamSize(), command.maxTeamSize(),
                command.requiredRoles(), command.occurredOn(), command.minReportingParticipants(),
                command.minCellCount()));
    }

    @CommandHandler
    void handle(SessionCommands.CloseCohortCommand command) {
        requireOpen("cohortId");
        LocalDate lastSession = sessions.values().stream().filter(s -> s.status != Session.Status.CANCELLED)
                .map(Session::lastPossibleDay).max(LocalDate::compareTo).orElse(null);
        if (lastSession != null && command.occurredOn().isBefore(lastSession)) {
            throw new RuleViolation("occurredOn", "the cohort cannot close before its last session (" + lastSession
                    + ")");
        }
        apply(new CohortClosed(cohortId, programId, command.occurredOn()));
    }

    /** Fails naming {@code field} once the cohort is closed. */
    public void requireOpen(String field) {
        if (closedOn != null) {
            throw new RuleViolation(field, "cohort '" + cohortId + "' closed on " + closedOn);
        }
    }

    public boolean closed() {
        return closedOn != null;
    }

    @EventSourcingHandler
    void on(CohortClosed event) {
        closedOn = event.occurredOn();
    }

    @CommandHandler
    void handle(ScheduleSessionCommand command) {
        requireOpen("cohortId");
        if (sessions.containsKey(command.sessionId())) {
            throw new RuleViolation("sessionId", "session '" + command.sessionId() + "' is already scheduled");
        }
        if (sessionSeqs.contains(command.seq())) {
            throw new RuleViolation("seq", "cohort already has a session number " + command.seq());
        }
        if (command.phaseId() != null) {
            Phase phase = phases.get(command.phaseId());
            if (phase == null) {
                throw new RuleViolation("phaseId", "the cohort has no phase '" + command.phaseId() + "'");
            }
            if (!overlaps(command.scheduledFor(), command.datePrecision(), phase.start(), phase.end())) {
                throw new RuleViolation("scheduledFor", "session date " + command.scheduledFor() + " is outside phase "
                        + command.phaseId() + " (" + phase.start() + ".." + phase.end() + ")");
            }
        }
        if (!withinWindow(command.scheduledFor(), command.datePrecision())) {
            throw new RuleViolation("scheduledFor", "session date " + command.scheduledFor()
                    + " is outside the cohort window " + startDate + ".." + endDate);
        }
        apply(new SessionScheduled(cohortId, programId, command.sessionId(), command.seq(), command.title(),
                command.scheduledFor(), command.datePrecision().name(), command.occurredOn(), command.phaseId(),
                nameOf(command.sessionType()), nameOf(command.modality())));
    }

    @CommandHandler
    void handle(DefinePhaseCommand command) {
        if (phases.containsKey(command.phaseId())) {
            throw new RuleViolation("phaseId", "phase '" + command.phaseId() + "' is already defined");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation("endDate", "a phase ends on or after its start");
        }
        if (command.startDate().isBefore(startDate) || command.endDate().isAfter(endDate)) {
            throw new RuleViolation("startDate", "a phase lies within the cohort window " + startDate + ".." + endDate);
        }
        for (java.util.Map.Entry<String, Phase> other : phases.entrySet()) {
            if (!command.endDate().isBefore(other.getValue().start())
                    && !command.startDate().isAfter(other.getValue().end())) {
                throw new RuleViolation("startDate", "phases do not overlap: it overlaps '" + other.getKey() + "'");
            }
        }
        apply(new CohortPhaseDefined(cohortId, programId, command.phaseId(), command.name(), command.startDate(),
                command.endDate(), command.expectation(), command.occurredOn()));
    }

    @EventSourcingHandler
    void on(CohortPhaseDefined event) {
        phases.put(event.phaseId(), new Phase(event.startDate(), event.endDate()));
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
        boolean counting = command.aggregation() == AdoptMetricCommand.Aggregation.COUNT_ORGS_MEETING;
        if (counting != (command.threshold() != null)) {
            throw new RuleViolation("threshold", counting ? "COUNT_ORGS_MEETING needs the threshold to meet"
                    : "only COUNT_ORGS_MEETING takes a threshold");
        }
        apply(new MetricAdoptedForCohort(cohortId, programId, command.metricId(), command.version(), command.name(),
                command.unit().name(), command.polarity().name(), command.frequency().name(),
                command.aggregation().name(), command.occurredOn(), command.threshold(),
                command.category() == null ? null : command.category().name(), command.numeratorDefinition(),
                command.denominatorDefinition(), command.definitionNotes(),
                MetricDimensions.declared(command.disaggregations())));
    }

    @CommandHandler
    void handle(AdoptInstrumentCommand command, Instruments published) {
        String streamId = InstrumentEvent.streamIdOf(command.instrumentId(), command.version());
        if (instruments.containsKey(streamId)) {
            throw new RuleViolation("version", "the cohort already adopted instrument " + streamId);
        }
        published.published(command.instrumentId(), command.version()); // exists and is published
        apply(new InstrumentAdoptedForCohort(cohortId, programId, command.instrumentId(), command.version(),
                command.administrations().stream().map(Enum::name).sorted().toList(), command.occurredOn()));
    }

    /** The administrations the cohort adopted {@code instrumentId@version} for; empty if it did not adopt it. */
    public java.util.Set<String> instrumentAdministrations(String instrumentId, String version) {
        return instruments.getOrDefault(InstrumentEvent.streamIdOf(instrumentId, version), java.util.Set.of());
    }

    @EventSourcingHandler
    void on(InstrumentAdoptedForCohort event) {
        instruments.put(InstrumentEvent.streamIdOf(event.instrumentId(), event.version()),
                java.util.Set.copyOf(event.administrations()));
    }

    public java.util.Optional<MetricRule> metric(String metricId) {
        return java.util.Optional.ofNullable(metrics.get(metricId));
    }

    private static String nameOf(Enum<?> optional) {
        return optional == null ? null : optional.name();
    }

    private boolean withinWindow(LocalDate date, DatePrecision precision) {
        return overlaps(date, precision, startDate, endDate);
    }

    /** A MONTH date counts as inside when any day of that month is. */
    private static boolean overlaps(LocalDate date, DatePrecision precision, LocalDate from, LocalDate to) {
        LocalDate first = precision == DatePrecision.MONTH ? date.withDayOfMonth(1) : date;
        LocalDate last = precision == DatePrecision.MONTH ? date.withDayOfMonth(date.lengthOfMonth()) : date;
        return !last.isBefore(from) && !first.isAfter(to);
    }

    public TeamRules teamRules() {
        return teamRules;
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
        teamRules = new TeamRules(event.minTeamSize(), event.maxTeamSize(), event.requiredRoles());
    }

    @EventSourcingHandler
    void on(MetricAdoptedForCohort event) {
        metrics.put(event.metricId(), new MetricRule(event.unit(), event.frequency(), event.aggregation(),
                event.disaggregations()));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessions.put(event.sessionId(), new Session(event.scheduledFor(), DatePrecision.valueOf(event.datePrecision())));
        sessionSeqs.add(event.seq());
    }

    // --- sessions: scheduled -> rescheduled / held / cancelled; attendance once per participant, then corrections

    @CommandHandler
    void handle(SessionCommands.RescheduleSessionCommand command) {
        Session session = scheduled(command.sessionId(), "reschedule");
        if (!withinWindow(command.newDate(), session.precision)) {
            throw new RuleViolation("newDate", "the new date " + command.newDate() + " is outside the cohort window "
                    + startDate + ".." + endDate);
        }
        apply(new SessionRescheduled(cohortId, programId, command.sessionId(), session.date, command.newDate(),
                command.reason(), command.occurredOn(), nameOf(command.modality())));
    }

    @CommandHandler
    void handle(SessionCommands.MarkSessionHeldCommand command) {
        scheduled(command.sessionId(), "hold");
        apply(new SessionHeld(cohortId, programId, command.sessionId(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(SessionCommands.CancelSessionCommand command) {
        scheduled(command.sessionId(), "cancel");
        apply(new SessionCancelled(cohortId, programId, command.sessionId(), command.reason(), command.occurredOn()));
    }

    /**
     * Called by the participant side's attendance handler, which has checked the participant is in this cohort;
     * {@code withdrawnOn} is when it withdrew (null while it takes part).
     */
    public void recordAttendance(String sessionId, String participantId, LocalDate withdrawnOn, int count,
                                 java.util.List<String> roles, LocalDate occurredOn) {
        Session session = held(sessionId);
        Withdrawal.requireTakingPartOn(withdrawnOn, session.heldOn, "participantId");
        if (session.attendees.contains(participantId)) {
            throw new RuleViolation("participantId", "attendance of this participant is already recorded for "
                    + sessionId + ": correct it instead");
        }
        apply(new AttendanceRecorded(cohortId, programId, sessionId, participantId, count, roles, occurredOn));
    }

    public void correctAttendance(String sessionId, String participantId, LocalDate withdrawnOn, int count,
                                  java.util.List<String> roles, String reason, LocalDate occurredOn) {
        Session session = held(sessionId);
        Withdrawal.requireTakingPartOn(withdrawnOn, session.heldOn, "participantId");
        if (!session.attendees.contains(participantId)) {
            throw new RuleViolation("participantId", "no attendance of this participant recorded for " + sessionId);
        }
        apply(new AttendanceCorrected(cohortId, programId, sessionId, participantId, count, roles, reason,
                occurredOn));
    }

    /** The held date of the last session with the participant's attendance recorded; null if none. */
    LocalDate lastAttendedBy(String participantId) {
        return sessions.values().stream().filter(s -> s.heldOn != null && s.attendees.contains(participantId))
                .map(s -> s.heldOn).max(LocalDate::compareTo).orElse(null);
    }

    private Session session(String sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            throw new org.equityaccelerator.command.rules.UnknownTarget("sessionId",
                    "cohort '" + cohortId + "' has no session '" + sessionId + "'");
        }
        return session;
    }

    private Session scheduled(String sessionId, String action) {
        Session session = session(sessionId);
        if (session.status != Session.Status.SCHEDULED) {
            throw new RuleViolation("sessionId", "cannot " + action + " a session that is " + session.status);
        }
        return session;
    }

    private Session held(String sessionId) {
        Session session = session(sessionId);
        if (session.status != Session.Status.HELD) {
            throw new RuleViolation("sessionId", "attendance is recorded for a held session; this one is "
                    + session.status);
        }
        return session;
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        sessions.get(event.sessionId()).date = event.newDate();
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        sessions.get(event.sessionId()).status = Session.Status.HELD;
        sessions.get(event.sessionId()).heldOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        sessions.get(event.sessionId()).status = Session.Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        sessions.get(event.sessionId()).attendees.add(event.participantId());
    }
}
