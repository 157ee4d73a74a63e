package org.equityaccelerator.command.participant;

import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.instrument.Instrument.Answer;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One administration of an instrument as the participant's stream knows it: its answers so far and where it stands.
 * Immutable: every event produces the next sheet.
 */
record AssessmentSheet(String instrumentId, String version, Administration administration, Status status,
                       LocalDate startedOn, Map<String, Answer> answers, int revision) {

    enum Status { IN_PROGRESS, COMPLETED, REOPENED }

    AssessmentSheet {
        answers = java.util.Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    static AssessmentSheet started(String instrumentId, String version, Administration administration,
                                   LocalDate startedOn) {
        return new AssessmentSheet(instrumentId, version, administration, Status.IN_PROGRESS, startedOn, Map.of(), 0);
    }

    boolean open() {
        return status != Status.COMPLETED;
    }

    boolean sameSlot(String otherInstrumentId, Administration otherAdministration) {
        return instrumentId.equals(otherInstrumentId) && administration == otherAdministration;
    }

    AssessmentSheet answered(String itemKey, Answer answer) {
        Map<String, Answer> next = new TreeMap<>(answers);
        next.put(itemKey, answer);
        return new AssessmentSheet(instrumentId, version, administration, status, startedOn, next, revision);
    }

    AssessmentSheet in(Status next) {
        return new AssessmentSheet(instrumentId, version, administration, next, startedOn, answers,
                next == Status.COMPLETED ? revision + 1 : revision);
    }
}
