package org.equityaccelerator.command.program;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.springframework.stereotype.Component;

import java.util.List;

/** Read access to programs for commands of other aggregates (e.g. which org types a cohort may enrol). */
@Component
public class Programs {
    private final Repository<Program> repository;

    public Programs(Repository<Program> repository) {
        this.repository = repository;
    }

    /** The org types the program admits; fails with {@link UnknownTarget} when there is no such program. */
    public List<String> admittedOrgTypes(String programId) {
        try {
            return repository.load(programId).invoke(Program::participantOrgTypes);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("programId", "program '" + programId + "' does not exist");
        }
    }
}
