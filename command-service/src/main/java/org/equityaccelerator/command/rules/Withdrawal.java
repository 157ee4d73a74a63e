package org.equityaccelerator.command.rules;

import java.time.LocalDate;

/**
 * What {@code ParticipantWithdrew} promises: the participant keeps its history and nothing new is recorded for it.
 * The one statement of that rule, for its own stream (every command) and for the commands of other aggregates that
 * name it (attendance at a session held after it withdrew).
 */
public final class Withdrawal {
    private Withdrawal() {
    }

    /** Every command of the participant's own stream: refused once it withdrew ({@code withdrawnOn} not null). */
    public static void requireTakingPart(LocalDate withdrawnOn, String field) {
        if (withdrawnOn != null) {
            throw new RuleViolation(field, "the participant withdrew on " + withdrawnOn
                    + ": nothing new is recorded for it");
        }
    }

    /**
     * A fact about the participant on {@code day} (e.g. it attended a session held that day): still recorded when the
     * day is not after the withdrawal, since that is history; refused for anything after it.
     */
    public static void requireTakingPartOn(LocalDate withdrawnOn, LocalDate day, String field) {
        if (withdrawnOn != null && day.isAfter(withdrawnOn)) {
            throw new RuleViolation(field, "the participant withdrew on " + withdrawnOn
                    + ": nothing is recorded for it after that (" + day + ")");
        }
    }
}
