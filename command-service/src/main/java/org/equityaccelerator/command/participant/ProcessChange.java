package org.equityaccelerator.command.participant;

import java.time.LocalDate;
import java.util.Objects;

/** What the participant aggregate remembers of a process change to guard its lifecycle. */
final class ProcessChange {
    ProcessChangeStatus status;
    LocalDate adoptedOn;
    LocalDate effectiveDate;

    ProcessChange(ProcessChangeStatus status) {
        this.status = status;
    }

    // value equality: Axon's fixture compares the state after handling with the state after replaying
    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessChange p && status == p.status && Objects.equals(adoptedOn, p.adoptedOn)
                && Objects.equals(effectiveDate, p.effectiveDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, adoptedOn, effectiveDate);
    }
}
