package org.equityaccelerator.command.participant;

/** The ids every event of a participant's stream carries; the stream's entities build their events with them. */
record StreamIds(String participantId, String cohortId, String programId) {
}
