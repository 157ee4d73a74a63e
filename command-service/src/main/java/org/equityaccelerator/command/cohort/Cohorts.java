package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.Instrument;
import org.equityaccelerator.command.instrument.Instruments;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.springframework.stereotype.Component;

/** Read access to cohorts for the commands of participants. */
@Component
public class Cohorts {
    private final Repository<Cohort> repository;
    private final Instruments instruments;

    public Cohorts(Repository<Cohort> repository, Instruments instruments) {
        this.repository = repository;
        this.instruments = instruments;
    }

    /** The rule of a metric the cohort adopted; fails with {@link RuleViolation} if it did not adopt it. */
    public MetricRule adoptedMetric(String cohortId, String metricId) {
        return read(cohortId, c -> c.metric(metricId)).orElseThrow(() -> new RuleViolation("metricId",
                "metric '" + metricId + "' is not adopted by cohort '" + cohortId + "'"));
    }

    /**
     * The published instrument the cohort adopted for this administration; fails with {@link RuleViolation} when the
     * cohort did not adopt that version, or not for that administration.
     */
    public Instrument adoptedInstrument(String cohortId, String instrumentId, String version,
                                        Administration administration) {
        java.util.Set<String> administrations = read(cohortId, c -> c.instrumentAdministrations(instrumentId, version));
        if (administrations.isEmpty()) {
            throw new RuleViolation("instrumentVersion", "cohort '" + cohortId + "' did not adopt instrument "
                    + instrumentId + "@" + version);
        }
        if (!administrations.contains(administration.name())) {
            throw new RuleViolation("administration", "cohort '" + cohortId + "' adopted " + instrumentId + "@"
                    + version + " for " + administrations + ", not for " + administration);
        }
        return instruments.published(instrumentId, version);
    }

    /** Fails naming {@code field} when the cohort is closed: nothing new (goals, assessments) starts then. */
    public void requireOpen(String cohortId, String field) {
        read(cohortId, c -> {
            c.requireOpen(field);
            return null;
        });
    }

    /**
     * Reporting after the cohort closed is a late entry: it needs {@code lateEntry} and a reason. Returns the reason
     * to record (null while the cohort is open, whatever was sent).
     */
    public String lateEntryReason(String cohortId, boolean lateEntry, String reason) {
        if (!read(cohortId, Cohort::closed)) {
            return null;
        }
        if (!lateEntry || reason == null || reason.isBlank()) {
            throw new RuleViolation("lateEntry", "cohort '" + cohortId + "' is closed: report with lateEntry=true "
                    + "and a lateEntryReason");
        }
        return reason;
    }

    /** The day of the last held session the cohort recorded the participant's attendance at; null if none. */
    public java.time.LocalDate lastAttendedBy(String cohortId, String participantId) {
        return read(cohortId, c -> c.lastAttendedBy(participantId));
    }

    public TeamRules teamRules(String cohortId) {
        return read(cohortId, Cohort::teamRules);
    }

    /** The program the cohort belongs to; fails with {@link UnknownTarget} when there is no such cohort. */
    public String programOf(String cohortId) {
        return read(cohortId, Cohort::programId);
    }

    private <T> T read(String cohortId, java.util.function.Function<Cohort, T> question) {
        try {
            return repository.load(cohortId).invoke(question);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("cohortId", "cohort '" + cohortId + "' does not exist");
        }
    }
}
