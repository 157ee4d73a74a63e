package org.equityaccelerator.query.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time coordinates of a view request: none for the live view; {@code asOf} (business date) and/or
 * {@code knownAt} (recorded instant) for a view replayed from the applied events.
 */
public record AsOf(LocalDate asOf, Instant knownAt) {

    public boolean live() {
        return asOf == null && knownAt == null;
    }

    /** The live view or the replayed one, or 404 naming what was asked for. */
    public <V> V view(Supplier<Optional<V>> live, Supplier<V> replayed, String what) {
        Optional<V> view = live() ? live.get() : Optional.ofNullable(replayed.get());
        return view.orElseThrow(() -> new ViewNotFound("no " + what
                + (live() ? "" : " as of " + asOf + ", known at " + knownAt)));
    }
}
