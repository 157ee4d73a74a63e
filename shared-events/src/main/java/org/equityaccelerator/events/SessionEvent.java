package org.equityaccelerator.events;

/** An event of one session of a cohort (in the cohort's stream). */
public interface SessionEvent extends AcceleratorEvent {
    String sessionId();
}
