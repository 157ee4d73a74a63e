package org.equityaccelerator.command.idempotency;

/** The response first given to a keyed request, answered again to every retry of it. */
record RecordedResponse(int status, String location, String contentType, byte[] body) {
}
