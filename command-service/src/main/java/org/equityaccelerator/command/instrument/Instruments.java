package org.equityaccelerator.command.instrument;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.equityaccelerator.command.rules.UnknownTarget;
import org.equityaccelerator.events.InstrumentEvent;
import org.springframework.stereotype.Component;

/** Read access to instrument versions for cohorts (adoption) and participants (answers and scoring). */
@Component
public class Instruments {
    private final Repository<InstrumentVersion> repository;

    public Instruments(Repository<InstrumentVersion> repository) {
        this.repository = repository;
    }

    /**
     * The published content of {@code instrumentId@version}; {@link UnknownTarget} if there is no such version, a rule
     * violation if it is still a draft.
     */
    public Instrument published(String instrumentId, String version) {
        String streamId = InstrumentEvent.streamIdOf(instrumentId, version);
        try {
            return repository.load(streamId).invoke(v -> v.published("version"));
        } catch (AggregateNotFoundException e) {
            throw new UnknownTarget("instrumentId", "instrument " + streamId + " does not exist");
        }
    }
}
