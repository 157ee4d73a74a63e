package org.equityaccelerator.command.participant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.equityaccelerator.command.instrument.Administration;

import java.time.LocalDate;
import java.util.List;

/** Commands of the assessment lifecycle: start, answer, complete (scores frozen), reopen, amend. */
final class AssessmentCommands {
    private AssessmentCommands() {
    }

    record StartAssessmentCommand(@TargetAggregateIdentifier String participantId, String assessmentId,
                                  String instrumentId, String version, Administration administration,
                                  LocalDate occurredOn) {
    }

    /** {@code levelCode} null means "not applicable". */
    record ItemAnswer(String itemKey, String levelCode, String note, String evidenceRef) {
    }

    record RecordItemResponsesCommand(@TargetAggregateIdentifier String participantId, String assessmentId,
                                      List<ItemAnswer> responses, LocalDate occurredOn) {
    }

    record CompleteAssessmentCommand(@TargetAggregateIdentifier String participantId, String assessmentId,
                                     boolean lateEntry, String lateEntryReason, LocalDate occurredOn) {
    }

    record ReopenAssessmentCommand(@TargetAggregateIdentifier String participantId, String assessmentId,
                                   String reason, LocalDate occurredOn) {
    }

    record AmendItemResponseCommand(@TargetAggregateIdentifier String participantId, String assessmentId,
                                    String itemKey, String levelCode, String reason, LocalDate occurredOn) {
    }
}
