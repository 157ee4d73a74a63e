package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.ProcessChangeAdopted;
import org.equityaccelerator.events.ProcessChangeEvent;
import org.equityaccelerator.events.ProcessChangeImplemented;
import org.equityaccelerator.events.ProcessChangeInstitutionalized;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.ProcessChangeRolledBack;

/** The process-changes block of the participant view: each change's current step, and counts over all of them. */
final class ProcessChangeFold {
    private ProcessChangeFold() {
    }

    static boolean appliesTo(Object data) {
        return data instanceof ProcessChangeEvent;
    }

    static void apply(ParticipantProgress.ProcessChanges changes, Object data) {
        if (data instanceof ProcessChangeRecorded e) {
            ParticipantProgress.ProcessChange change = new ParticipantProgress.ProcessChange();
            change.processChangeId = e.processChangeId();
            change.changeType = e.changeType();
            change.lifecycleStage = e.lifecycleStage();
            change.description = e.description();
            change.status = e.status();
            change.communityInformed = e.communityInformed();
            change.recordedOn = e.occurredOn();
            if (!e.status().equals("PROPOSED")) {
                change.adoptedOn = e.occurredOn();
            }
            if (e.status().equals("IMPLEMENTED") || e.status().equals("INSTITUTIONALIZED")) {
                change.effectiveDate = e.occurredOn();
            }
            changes.items.add(change);
            changes.recorded++;
            if (e.communityInformed()) {
                changes.communityInformed++;
            }
            changes.byLifecycleStage.merge(e.lifecycleStage(), 1, Integer::sum);
        } else if (data instanceof ProcessChangeAdopted e) {
            ParticipantProgress.ProcessChange change = change(changes, e.processChangeId());
            change.status = "ADOPTED";
            change.adoptedOn = e.occurredOn();
            change.authority = e.authority();
        } else if (data instanceof ProcessChangeImplemented e) {
            ParticipantProgress.ProcessChange change = change(changes, e.processChangeId());
            change.status = "IMPLEMENTED";
            change.effectiveDate = e.effectiveDate();
        } else if (data instanceof ProcessChangeInstitutionalized e) {
            ParticipantProgress.ProcessChange change = change(changes, e.processChangeId());
            change.status = "INSTITUTIONALIZED";
            change.policyRef = e.policyRef();
        } else if (data instanceof ProcessChangeRolledBack e) {
            change(changes, e.processChangeId()).status = "ROLLED_BACK";
        }
        changes.byStatus.clear();
        changes.items.forEach(c -> changes.byStatus.merge(c.status, 1, Integer::sum));
    }

    private static ParticipantProgress.ProcessChange change(ParticipantProgress.ProcessChanges changes, String id) {
        for (ParticipantProgress.ProcessChange change : changes.items) {
            if (change.processChangeId.equals(id)) {
                return change;
            }
        }
        // cannot happen for a stream the command side validated; a fold must not fail on it either
        ParticipantProgress.ProcessChange change = new ParticipantProgress.ProcessChange();
        change.processChangeId = id;
        changes.items.add(change);
        return change;
    }
}
