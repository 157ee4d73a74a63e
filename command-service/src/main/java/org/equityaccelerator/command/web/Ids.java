package org.equityaccelerator.command.web;

import java.util.UUID;

/** Client-chosen ids make a retried request safe (the second one is refused as a duplicate, 409). */
public final class Ids {
    /** Ids are short, URL-safe and carry no personal data. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** Codes a program configures, e.g. disaggregation dimensions and groups (RACE_ETHNICITY, HISPANIC_LATINO). */
    public static final String CODE = "[A-Z][A-Z0-9_]{0,63}";

    /** An entry of a program's catalogue (a team role, a process-change stage): an upper-case code. */
    public static final String CATALOGUE_ENTRY = "[A-Z][A-Z0-9_]{1,60}";

    private Ids() {
    }

    public static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }
}
