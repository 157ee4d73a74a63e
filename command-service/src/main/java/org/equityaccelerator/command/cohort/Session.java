package org.equityaccelerator.command.cohort;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** What the cohort remembers of a session to guard its lifecycle and attendance. */
final class Session {
    enum Status { SCHEDULED, HELD, CANCELLED }

    Status status = Status.SCHEDULED;
    LocalDate date;
    DatePrecision precision;
    LocalDate heldOn;
    final Set<String> attendees = new HashSet<>();

    /** The last day the session can have happened: its held date, else the end of its month for a MONTH date. */
    LocalDate lastPossibleDay() {
        if (heldOn != null) {
            return heldOn;
        }
        return precision == DatePrecision.MONTH ? date.withDayOfMonth(date.lengthOfMonth()) : date;
    }

    Session(LocalDate date, DatePrecision precision) {
        this.date = date;
        this.precision = precision;
    }

    // value equality: Axon's fixture compares the state after handling with the state after replaying
    @Override
    public boolean equals(Object o) {
        return o instanceof Session s && status == s.status && Objects.equals(date, s.date)
                && precision == s.precision && Objects.equals(heldOn, s.heldOn) && attendees.equals(s.attendees);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, date, precision, heldOn, attendees);
    }
}
