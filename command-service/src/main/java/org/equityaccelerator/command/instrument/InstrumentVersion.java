package org.equityaccelerator.command.instrument;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddDomainCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddItemCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScaleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScoringRuleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DraftInstrumentVersionCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.PublishInstrumentVersionCommand;
import org.equityaccelerator.command.program.Programs;
import org.equityaccelerator.command.rules.RuleViolation;
import org.equityaccelerator.events.InstrumentDomainAdded;
import org.equityaccelerator.events.InstrumentItemAdded;
import org.equityaccelerator.events.InstrumentScaleDefined;
import org.equityaccelerator.events.InstrumentScoringRuleDefined;
import org.equityaccelerator.events.InstrumentVersionDrafted;
import org.equityaccelerator.events.InstrumentVersionPublished;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One version of an assessment instrument: drafted, filled with domains, items, a scale and a scoring rule, then
 * published. A published version is immutable (a change means a new draft version), so scores computed with it mean
 * the same thing for every cohort that adopts it.
 */
@Aggregate
public class InstrumentVersion {
    @AggregateIdentifier
    private String streamId;
    private String programId;
    private String instrumentId;
    private String version;
    private boolean published;
    private final Map<String, String> domains = new LinkedHashMap<>();
    private final Map<String, Instrument.Item> items = new LinkedHashMap<>();
    private final Map<String, String> itemTexts = new LinkedHashMap<>();
    private List<Instrument.Level> scale;
    private ScoringRule rule;
    private String ruleLevelCode;

    protected InstrumentVersion() {
    }

    @CommandHandler
    InstrumentVersion(DraftInstrumentVersionCommand command, Programs programs) {
        programs.admittedOrgTypes(command.programId()); // the program must exist
        apply(new InstrumentVersionDrafted(command.programId(), command.instrumentId(), command.version(),
                command.title(), command.occurredOn()));
    }

    @CommandHandler
    void handle(AddDomainCommand command) {
        requireDraft();
        if (domains.containsKey(command.domainKey())) {
            throw new RuleViolation("domainKey", "domain '" + command.domainKey() + "' already exists");
        }
        apply(new InstrumentDomainAdded(programId, instrumentId, version, command.domainKey(), command.title(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(AddItemCommand command) {
        requireDraft();
        if (items.containsKey(command.itemKey())) {
            throw new RuleViolation("itemKey", "item '" + command.itemKey() + "' already exists");
        }
        if (!domains.containsKey(command.domainKey())) {
            throw new RuleViolation("domainKey", "the instrument has no domain '" + command.domainKey() + "'");
        }
        apply(new InstrumentItemAdded(programId, instrumentId, version, command.itemKey(), command.domainKey(),
                command.text(), command.required(), command.weight(), command.naAllowed(), command.evidencePrompt(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(DefineScaleCommand command) {
        requireDraft();
        Set<String> codes = new HashSet<>();
        BigDecimal previous = null;
        for (Instrument.Level level : command.levels()) {
            if (!codes.add(level.code())) {
                throw new RuleViolation("levels", "level code '" + level.code() + "' appears twice");
            }
            if (previous != null && level.value().compareTo(previous) <= 0) {
                throw new RuleViolation("levels", "levels must be listed lowest first with increasing values");
            }
            previous = level.value();
        }
        apply(new InstrumentScaleDefined(programId, instrumentId, version, command.levels().stream()
                .map(l -> new InstrumentScaleDefined.Level(l.code(), l.label(), l.value())).toList(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(DefineScoringRuleCommand command) {
        requireDraft();
        boolean needsLevel = command.rule() == ScoringRule.PERCENT_AT_OR_ABOVE_LEVEL;
        if (needsLevel && (command.levelCode() == null || command.levelCode().isBlank())) {
            throw new RuleViolation("levelCode", "PERCENT_AT_OR_ABOVE_LEVEL needs the levelCode to count from");
        }
        if (!needsLevel && command.levelCode() != null) {
            throw new RuleViolation("levelCode", command.rule() + " takes no levelCode");
        }
        apply(new InstrumentScoringRuleDefined(programId, instrumentId, version, command.rule().name(),
                command.levelCode(), command.occurredOn()));
    }

    @CommandHandler
    void handle(PublishInstrumentVersionCommand command) {
        requireDraft();
        if (domains.isEmpty()) {
            throw new RuleViolation("domains", "a version needs at least one domain before it is published");
        }
        for (String domain : domains.keySet()) {
            if (items.values().stream().noneMatch(i -> i.domainKey().equals(domain))) {
                throw new RuleViolation("items", "domain '" + domain + "' has no item");
            }
        }
        if (scale == null) {
            throw new RuleViolation("scale", "a version needs a response scale before it is published");
        }
        if (rule == null) {
            throw new RuleViolation("scoringRule", "a version needs a scoring rule before it is published");
        }
        if (ruleLevelCode != null && scale.stream().noneMatch(l -> l.code().equals(ruleLevelCode))) {
            throw new RuleViolation("levelCode", "the scoring rule counts from level '" + ruleLevelCode
                    + "', which is not on the scale");
        }
        apply(new InstrumentVersionPublished(programId, instrumentId, version, contentHash(), domains.size(),
                items.size(), command.occurredOn()));
    }

    /** The published content, for assessments; fails unless the version is published. */
    public Instrument published(String field) {
        if (!published) {
            throw new RuleViolation(field, "instrument " + streamId + " is not published");
        }
        return new Instrument(instrumentId, version, domains, items, scale, rule, ruleLevelCode);
    }

    private void requireDraft() {
        if (published) {
            throw new RuleViolation("version", "instrument " + streamId
                    + " is published and cannot change; draft a new version");
        }
    }

    /** SHA-256 over the content in a fixed order: equal content, equal hash. */
    private String contentHash() {
        StringBuilder canonical = new StringBuilder(instrumentId).append('@').append(version).append('\n');
        domains.forEach((key, title) -> canonical.append("domain|").append(key).append('|').append(title).append('\n'));
        items.values().forEach(i -> canonical.append("item|").append(i.key()).append('|').append(i.domainKey())
                .append('|').append(itemTexts.get(i.key())).append('|').append(i.required()).append('|')
                .append(i.weight().stripTrailingZeros().toPlainString()).append('|').append(i.naAllowed()).append('\n'));
        scale.forEach(l -> canonical.append("level|").append(l.code()).append('|').append(l.label()).append('|')
                .append(l.value().stripTrailingZeros().toPlainString()).append('\n'));
        canonical.append("rule|").append(rule).append('|').append(ruleLevelCode);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventSourcingHandler
    void on(InstrumentVersionDrafted event) {
        streamId = event.aggregateId();
        programId = event.programId();
        instrumentId = event.instrumentId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(InstrumentDomainAdded event) {
        domains.put(event.domainKey(), event.title());
    }

    @EventSourcingHandler
    void on(InstrumentItemAdded event) {
        items.put(event.itemKey(), new Instrument.Item(event.itemKey(), event.domainKey(), event.required(),
                event.weight(), event.naAllowed()));
        itemTexts.put(event.itemKey(), event.text());
    }

    @EventSourcingHandler
    void on(InstrumentScaleDefined event) {
        scale = event.levels().stream().map(l -> new Instrument.Level(l.code(), l.label(), l.value())).toList();
    }

    @EventSourcingHandler
    void on(InstrumentScoringRuleDefined event) {
        rule = ScoringRule.valueOf(event.rule());
        ruleLevelCode = event.levelCode();
    }

    @EventSourcingHandler
    void on(InstrumentVersionPublished event) {
        published = true;
    }
}
