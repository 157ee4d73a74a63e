package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.ProcessChangeAdopted;
import org.equityaccelerator.events.ProcessChangeEvent;
import org.equityaccelerator.events.ProcessChangeImplemented;
import org.equityaccelerator.events.ProcessChangeInstitutionalized;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.ProcessChangeRolledBack;

import java.time.LocalDate;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Process changes of every participant: type, stage and where each stands. */
public class ProcessChangeTally {
    /** participantId -> processChangeId -> change. */
    public TreeMap<String, TreeMap<String, Change>> changes = new TreeMap<>();

    public enum Status {
        PROPOSED, ADOPTED, IMPLEMENTED, INSTITUTIONALIZED, ROLLED_BACK;

        /** Implemented or institutionalized, not rolled back. */
        boolean inEffect() {
            return this == IMPLEMENTED || this == INSTITUTIONALIZED;
        }

        /** The status a change was recorded in; one the command side would refuse reads as proposed. */
        static Status recordedAs(String status) {
            for (Status s : values()) {
                if (s.name().equals(status)) {
                    return s;
                }
            }
            return PROPOSED;
        }
    }

    public static class Change {
        public String changeType;
        /** The stage of the program's own stages (by default the contracting lifecycle). */
        public String stage;
        public Status status;
        public LocalDate recordedOn;
    }

    static boolean appliesTo(Object data) {
        return data instanceof ProcessChangeEvent;
    }

    void apply(Object data) {
        ProcessChangeEvent event = (ProcessChangeEvent) data;
        TreeMap<String, Change> own = changes.computeIfAbsent(event.participantId(), id -> new TreeMap<>());
        if (data instanceof ProcessChangeRecorded e) {
            Change change = new Change();
            change.changeType = e.changeType();
            change.stage = e.lifecycleStage();
            change.status = Status.recordedAs(e.status());
            change.recordedOn = e.occurredOn();
            own.put(e.processChangeId(), change);
            return;
        }
        Change change = own.get(event.processChangeId());
        if (change == null) {
            return; // a change is recorded first in its stream; a fold must not fail all the same
        }
        if (data instanceof ProcessChangeAdopted) {
            change.status = Status.ADOPTED;
        } else if (data instanceof ProcessChangeImplemented) {
            change.status = Status.IMPLEMENTED;
        } else if (data instanceof ProcessChangeInstitutionalized) {
            change.status = Status.INSTITUTIONALIZED;
        } else if (data instanceof ProcessChangeRolledBack) {
            change.status = Status.ROLLED_BACK;
        }
    }

    TreeMap<String, Change> of(String participantId) {
        return changes.getOrDefault(participantId, new TreeMap<>());
    }

    Stream<Change> all() {
        return changes.values().stream().flatMap(c -> c.values().stream());
    }
}
