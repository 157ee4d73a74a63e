package org.equityaccelerator.command.recommendation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.cohort.Cohorts;
import org.equityaccelerator.command.participant.Enrolments;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.recommendation.RecommendationCommands.DraftRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.EndorseRecommendationCommand;
import org.equityaccelerator.command.recommendation.RecommendationCommands.PublishRecommendationCommand;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.RegionalRecommendationDrafted;
import org.equityaccelerator.events.RegionalRecommendationEndorsed;
import org.equityaccelerator.events.RegionalRecommendationPublished;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A cohort's joint policy and systems change recommendation: drafted while the cohort is open, endorsed at most once
 * by each participant that still takes part, published once enough endorsed it.
 */
@Aggregate
public class RegionalRecommendation {
    @AggregateIdentifier
    private String recommendationId;
    private String cohortId;
    private String programId;
    private int endorsementsRequired;
    private boolean published;
    private final Set<String> endorsers = new HashSet<>();

    protected RegionalRecommendation() {
    }

    @CommandHandler
    RegionalRecommendation(DraftRecommendationCommand command, Cohorts cohorts, Enrolments enrolments) {
        String program = cohorts.programOf(command.cohortId());
        cohorts.requireOpen(command.cohortId(), "cohortId");
        int required = command.endorsementsRequired() != null ? command.endorsementsRequired()
                : enrolments.activeCount(command.cohortId()) / 2 + 1;
        apply(new RegionalRecommendationDrafted(command.recommendationId(), command.cohortId(), program,
                command.title(), command.policyArea(), command.text(), required, command.occurredOn()));
    }

    @CommandHandler
    void handle(EndorseRecommendationCommand command, Enrolments enrolments, Programs programs) {
        requireDraft();
        programs.requireRoles(programId, java.util.List.of(command.role()), "role");
        String participantId = enrolments.activeParticipant(cohortId, command.orgId()).orElseThrow(() ->
                new RuleViolation("orgId", "'" + command.orgId() + "' is not an active participant of cohort '"
                        + cohortId + "'"));
        if (endorsers.contains(participantId)) {
            throw new RuleViolation("orgId", "'" + command.orgId() + "' already endorsed this recommendation");
        }
        apply(new RegionalRecommendationEndorsed(recommendationId, cohortId, programId, participantId,
                command.orgId(), command.role(), command.occurredOn()));
    }

    @CommandHandler
    void handle(PublishRecommendationCommand command) {
        requireDraft();
        if (endorsers.size() < endorsementsRequired) {
            throw new RuleViolation("endorsements", "publishing needs " + endorsementsRequired
                    + " endorsements; it has " + endorsers.size());
        }
        apply(new RegionalRecommendationPublished(recommendationId, cohortId, programId, endorsers.size(),
                command.occurredOn()));
    }

    private void requireDraft() {
        if (published) {
            throw new RuleViolation("recommendationId", "the recommendation is already published");
        }
    }

    @EventSourcingHandler
    void on(RegionalRecommendationDrafted event) {
        recommendationId = event.recommendationId();
        cohortId = event.cohortId();
        programId = event.programId();
        endorsementsRequired = event.endorsementsRequired();
    }

    @EventSourcingHandler
    void on(RegionalRecommendationEndorsed event) {
        endorsers.add(event.participantId());
    }

    @EventSourcingHandler
    void on(RegionalRecommendationPublished event) {
        published = true;
    }
}
