package org.equityaccelerator.query.projection;

import org.equityaccelerator.events.EventEnvelope;

/** An applied event with the CloudEvent text it arrived as (kept for as-of views). */
record AppliedEvent(EventEnvelope event, String cloudEvent) {
}
