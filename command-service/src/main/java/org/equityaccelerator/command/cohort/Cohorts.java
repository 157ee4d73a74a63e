package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.springframework.stereotype.Component;

/** Read access to cohorts for the commands of participants. */
@Component
public class Cohorts {
    private final Repository<Cohort> repository;

    public Cohorts(Repository<Cohort> repository) {
        this.repository = repository;
    }

    /** The rule of a metric the cohort adopted; fails with {@link RuleViolation} if it did not adopt it. */
    public MetricRule adoptedMetric(String cohortId, String metricId) {
        return read(cohortId, c -> c.metric(metricId)).orElseThrow(() -> new RuleViolation("metricId",
                "metric '" + metricId + "' is not adopted by cohort '" + cohortId + "'"));
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
