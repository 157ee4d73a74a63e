package org.equityaccelerator.command.cohort;

/** How a session is held. */
public enum Modality {
    VIRTUAL, IN_PERSON, HYBRID
}
