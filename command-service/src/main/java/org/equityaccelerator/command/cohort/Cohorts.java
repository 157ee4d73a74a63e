package org.equityaccelerator.command.cohort;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.springframework.stereotype.Component;

/** Read access to cohorts for the commands of participants. */
@Component
public class Cohorts {
    private final Repository<Cohort> repository;

    Cohorts(Repository<Cohort> repository) {
        this.repository = repository;
    }

    /** The program the cohort belongs to; fails with {@link UnknownTarget} when there is no such cohort. */
    public String programOf(String cohortId) {
        try {
            return repository.load(cohortId).invoke(Cohort::programId);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("cohortId", "cohort '" + cohortId + "' does not exist");
        }
    }
}
