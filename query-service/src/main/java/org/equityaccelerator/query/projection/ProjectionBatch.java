package org.equityaccelerator.query.projection;

import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.query.participant.ParticipantProgress;
import org.equityaccelerator.query.participant.ParticipantProgressFold;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.equityaccelerator.query.regional.RegionalProgressFold;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies events to the views they touch, once each: an event whose sequence is not above its aggregate's last applied
 * one changes nothing. The live projector loads views and positions from the database; a rebuild starts empty. Both
 * therefore run exactly the same fold.
 */
final class ProjectionBatch {
    private final Function<String, ParticipantProgress> participantSource;
    private final Function<String, RegionalTallies> regionalSource;
    private final Function<String, Long> positionSource;
    final Map<String, ParticipantProgress> participants = new HashMap<>();
    final Map<String, RegionalTallies> regionals = new HashMap<>();
    final Map<String, Long> positions = new HashMap<>();
    /** Aggregates whose position moved in this batch. */
    final java.util.Set<String> moved = new java.util.HashSet<>();

    ProjectionBatch(Function<String, ParticipantProgress> participantSource,
                    Function<String, RegionalTallies> regionalSource, Function<String, Long> positionSource) {
        this.participantSource = participantSource;
        this.regionalSource = regionalSource;
        this.positionSource = positionSource;
    }

    static ProjectionBatch empty() {
        return new ProjectionBatch(id -> null, id -> null, id -> -1L);
    }

    Map<String, Long> movedPositions() {
        Map<String, Long> result = new HashMap<>();
        moved.forEach(id -> result.put(id, positions.get(id)));
        return result;
    }

    /** @return false when the event was applied before (a redelivery) */
    boolean apply(EventEnvelope event) {
        long last = positions.computeIfAbsent(event.subject(), positionSource);
        if (event.sequence() <= last) {
            return false;
        }
        if (ParticipantProgressFold.appliesTo(event)) {
            participants.put(event.subject(), ParticipantProgressFold.apply(
                    participants.computeIfAbsent(event.subject(), participantSource), event));
        }
        if (RegionalProgressFold.appliesTo(event)) {
            String cohort = event.data().cohortId();
            regionals.put(cohort, RegionalProgressFold.apply(regionals.computeIfAbsent(cohort, regionalSource), event));
        }
        positions.put(event.subject(), event.sequence());
        moved.add(event.subject());
        return true;
    }
}
