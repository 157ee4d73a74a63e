package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.BarrierAccepted;
import org.equityaccelerator.events.BarrierAddressed;
import org.equityaccelerator.events.BarrierEvent;
import org.equityaccelerator.events.BarrierIdentified;

import java.util.TreeMap;

/** Barriers of every participant and where each stands. */
public class BarrierTally {
    /** participantId -> barrierId -> status. */
    public TreeMap<String, TreeMap<String, Status>> barriers = new TreeMap<>();

    public enum Status { IDENTIFIED, ADDRESSED, ACCEPTED }

    static boolean appliesTo(Object data) {
        return data instanceof BarrierEvent;
    }

    void apply(Object data) {
        BarrierEvent event = (BarrierEvent) data;
        Status status = data instanceof BarrierIdentified ? Status.IDENTIFIED
                : data instanceof BarrierAddressed ? Status.ADDRESSED
                : data instanceof BarrierAccepted ? Status.ACCEPTED : null;
        if (status != null) {
            barriers.computeIfAbsent(event.participantId(), id -> new TreeMap<>()).put(event.barrierId(), status);
        }
    }

    int count(Status status) {
        return (int) barriers.values().stream().flatMap(b -> b.values().stream()).filter(s -> s == status).count();
    }

    int identified() {
        return barriers.values().stream().mapToInt(TreeMap::size).sum();
    }
}
