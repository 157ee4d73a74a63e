package org.equityaccelerator.command.participant;

/** A change may be recorded at any of the first four (retroactively); ROLLED_BACK only follows implementation. */
public enum ProcessChangeStatus { PROPOSED, ADOPTED, IMPLEMENTED, INSTITUTIONALIZED, ROLLED_BACK }
