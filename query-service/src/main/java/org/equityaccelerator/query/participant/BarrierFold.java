package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.BarrierAccepted;
import org.equityaccelerator.events.BarrierAddressed;
import org.equityaccelerator.events.BarrierEvent;
import org.equityaccelerator.events.BarrierIdentified;

/** The barriers block of the participant view: identified, addressed, accepted, open by lifecycle stage. */
final class BarrierFold {
    private BarrierFold() {
    }

    static boolean appliesTo(Object data) {
        return data instanceof BarrierEvent;
    }

    static void apply(ParticipantProgress.Barriers barriers, Object data) {
        if (data instanceof BarrierIdentified e) {
            ParticipantProgress.Barrier barrier = new ParticipantProgress.Barrier();
            barrier.barrierId = e.barrierId();
            barrier.lifecycleStage = e.lifecycleStage();
            barrier.description = e.description();
            barrier.source = e.source();
            barrier.sessionId = e.sessionId();
            barrier.identifiedOn = e.occurredOn();
            barrier.status = "IDENTIFIED";
            barriers.items.add(barrier);
        } else if (data instanceof BarrierAddressed e) {
            ParticipantProgress.Barrier barrier = barrier(barriers, e.barrierId());
            barrier.status = "ADDRESSED";
            barrier.addressedBy = e.processChangeId();
        } else if (data instanceof BarrierAccepted e) {
            ParticipantProgress.Barrier barrier = barrier(barriers, e.barrierId());
            barrier.status = "ACCEPTED";
            barrier.acceptedBecause = e.reason();
        }
        barriers.identified = barriers.items.size();
        barriers.addressed = (int) barriers.items.stream().filter(b -> "ADDRESSED".equals(b.status)).count();
        barriers.accepted = (int) barriers.items.stream().filter(b -> "ACCEPTED".equals(b.status)).count();
        barriers.open = barriers.identified - barriers.addressed - barriers.accepted;
        barriers.openByLifecycleStage.clear();
        barriers.items.stream().filter(b -> "IDENTIFIED".equals(b.status))
                .forEach(b -> barriers.openByLifecycleStage.merge(b.lifecycleStage, 1, Integer::sum));
    }

    private static ParticipantProgress.Barrier barrier(ParticipantProgress.Barriers barriers, String barrierId) {
        for (ParticipantProgress.Barrier barrier : barriers.items) {
            if (barrier.barrierId.equals(barrierId)) {
                return barrier;
            }
        }
        ParticipantProgress.Barrier barrier = new ParticipantProgress.Barrier(); // cannot happen in a valid stream
        barrier.barrierId = barrierId;
        barriers.items.add(barrier);
        return barrier;
    }
}
