package org.equityaccelerator.command.program;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.RuleViolation;
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
        return read(programId, Program::participantOrgTypes);
    }

    /** Fails with a rule violation naming {@code field} when the program's taxonomy has no such change type. */
    public void requireChangeType(String programId, String changeType, String field) {
        List<String> taxonomy = read(programId, Program::processChangeTypes);
        if (taxonomy != null && !taxonomy.contains(changeType)) {
            throw new RuleViolation(field, "change type '" + changeType + "' is not in the program's taxonomy "
                    + taxonomy);
        }
    }

    /** Fails with a rule violation naming {@code field} when a tag is not one of the program's framework tags. */
    public void requireTags(String programId, List<String> tags, String field) {
        List<String> allowed = read(programId, Program::frameworkTags);
        if (allowed == null) {
            return;
        }
        for (String tag : tags) {
            if (!allowed.contains(tag)) {
                throw new RuleViolation(field, "tag '" + tag + "' is not one of the program's framework tags "
                        + allowed);
            }
        }
    }

    /** Fails with a rule violation naming {@code field} when a role is not in the program's role catalogue. */
    public void requireRoles(String programId, java.util.Collection<String> roles, String field) {
        List<String> catalogue = read(programId, Program::roles);
        for (String role : roles) {
            if (!catalogue.contains(role)) {
                throw new RuleViolation(field, "role '" + role + "' is not in the program's role catalogue "
                        + catalogue);
            }
        }
    }

    /** Fails with a rule violation naming {@code field} when the program's process changes have no such stage. */
    public void requireStage(String programId, String stage, String field) {
        List<String> stages = read(programId, Program::processChangeStages);
        if (!stages.contains(stage)) {
            throw new RuleViolation(field, "stage '" + stage + "' is not one of the program's process-change stages "
                    + stages);
        }
    }

    private <T> T read(String programId, java.util.function.Function<Program, T> question) {
        try {
            return repository.load(programId).invoke(question);
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("programId", "program '" + programId + "' does not exist");
        }
    }
}
