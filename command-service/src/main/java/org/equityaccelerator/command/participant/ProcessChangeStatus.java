package org.equityaccelerator.command.participant;

public enum ProcessChangeStatus { PROPOSED, ADOPTED, IMPLEMENTED, INSTITUTIONALIZED }
