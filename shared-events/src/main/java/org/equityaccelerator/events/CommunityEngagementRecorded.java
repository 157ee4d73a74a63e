package org.equityaccelerator.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The team engaged the community (listening session, survey, advisory group meeting...) on {@code occurredOn}.
 * Counts and languages only: no names or contact details of the people engaged.
 */
public record CommunityEngagementRecorded(String participantId, String cohortId, String programId,
                                          String engagementId, String activityType, int participantsCount,
                                          List<String> languages, String purpose, LocalDate occurredOn)
        implements ParticipantEvent {
    public CommunityEngagementRecorded {
        languages = List.copyOf(languages);
    }
}
