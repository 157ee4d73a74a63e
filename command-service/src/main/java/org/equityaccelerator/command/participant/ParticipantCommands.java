package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The commands of a participant's stream. */
final class ParticipantCommands {
    private ParticipantCommands() {
    }

    record EnrolParticipantCommand(String participantId, String cohortId, String orgId, String orgName,
                                   String orgType, LocalDate occurredOn) {
    }

    record WithdrawParticipantCommand(@TargetAggregateIdentifier String participantId, String reason,
                                      LocalDate occurredOn) {
    }

    record FormChangeTeamCommand(@TargetAggregateIdentifier String participantId, LocalDate occurredOn) {
    }

    record AddTeamMemberCommand(@TargetAggregateIdentifier String participantId, String memberRef, String role,
                                String department, LocalDate occurredOn) {
    }

    record RemoveTeamMemberCommand(@TargetAggregateIdentifier String participantId, String memberRef, String reason,
                                   LocalDate occurredOn) {
    }

    record ActivateTeamCommand(@TargetAggregateIdentifier String participantId, LocalDate occurredOn) {
    }

    enum BarrierSource { STAFF, COMMUNITY_INPUT }

    record IdentifyBarrierCommand(@TargetAggregateIdentifier String participantId, String barrierId,
                                  String lifecycleStage, String description, BarrierSource source,
                                  String sessionId, LocalDate occurredOn) {
    }

    record MarkBarrierAddressedCommand(@TargetAggregateIdentifier String participantId, String barrierId,
                                       String processChangeId, LocalDate occurredOn) {
    }

    record AcceptBarrierCommand(@TargetAggregateIdentifier String participantId, String barrierId, String reason,
                                LocalDate occurredOn) {
    }

    record CommitGoalCommand(@TargetAggregateIdentifier String participantId, String goalId, String title,
                             LocalDate targetDate, List<String> successCriteria, String ownerRole,
                             LocalDate occurredOn) {
    }

    enum EngagementActivity { LISTENING_SESSION, SURVEY, ADVISORY_GROUP_MEETING, FOCUS_GROUP, PUBLIC_MEETING, OTHER }

    record RecordCommunityEngagementCommand(@TargetAggregateIdentifier String participantId, String engagementId,
                                            EngagementActivity activityType, int participantsCount,
                                            List<String> languages, String purpose, LocalDate occurredOn) {
    }

    enum ConsentScope { REGIONAL_NAMED, AGGREGATE_ONLY }

    record RecordConsentCommand(@TargetAggregateIdentifier String participantId, ConsentScope scope,
                                String grantedByRole, LocalDate occurredOn) {
    }

    record RecordProcessChangeCommand(@TargetAggregateIdentifier String participantId, String processChangeId,
                                      String changeType, String lifecycleStage, String description,
                                      ProcessChangeStatus status, boolean communityInformed, LocalDate occurredOn) {
    }
}
