package org.equityaccelerator.events;

/**
 * An event of an assessment instrument version's stream. The stream id is {@code instrumentId@version}: a published
 * version never changes, so every version is its own stream. Instruments belong to the program that authored them
 * and to no cohort (a cohort adopts a published version).
 */
public interface InstrumentEvent extends AcceleratorEvent {
    String instrumentId();

    String version();

    static String streamIdOf(String instrumentId, String version) {
        return instrumentId + "@" + version;
    }

    @Override
    default String aggregateId() {
        return streamIdOf(instrumentId(), version());
    }

    @Override
    default String cohortId() {
        return null;
    }
}
