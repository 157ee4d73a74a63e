package org.equityaccelerator.events;

/** An event of one metric series of a participant (series = participant x metric). */
public interface MetricEvent extends ParticipantEvent {
    String metricId();
}
