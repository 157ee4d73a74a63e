package org.equityaccelerator.command.instrument;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of an instrument version's stream (id {@code instrumentId@version}). */
final class InstrumentCommands {
    private InstrumentCommands() {
    }

    record DraftInstrumentVersionCommand(String streamId, String programId, String instrumentId, String version,
                                         String title, LocalDate occurredOn) {
    }

    record AddDomainCommand(@TargetAggregateIdentifier String streamId, String domainKey, String title,
                            LocalDate occurredOn) {
    }

    record AddItemCommand(@TargetAggregateIdentifier String streamId, String itemKey, String domainKey, String text,
                          boolean required, BigDecimal weight, boolean naAllowed, String evidencePrompt,
                          LocalDate occurredOn) {
    }

    record DefineScaleCommand(@TargetAggregateIdentifier String streamId, List<Instrument.Level> levels,
                              LocalDate occurredOn) {
    }

    record DefineScoringRuleCommand(@TargetAggregateIdentifier String streamId, ScoringRule rule, String levelCode,
                                    LocalDate occurredOn) {
    }

    record PublishInstrumentVersionCommand(@TargetAggregateIdentifier String streamId, LocalDate occurredOn) {
    }
}
