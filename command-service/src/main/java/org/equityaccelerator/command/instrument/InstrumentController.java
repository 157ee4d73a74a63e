package org.equityaccelerator.command.instrument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddDomainCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.AddItemCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScaleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DefineScoringRuleCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.DraftInstrumentVersionCommand;
import org.equityaccelerator.command.instrument.InstrumentCommands.PublishInstrumentVersionCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.equityaccelerator.events.InstrumentEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Assessment instruments")
class InstrumentController {
    /** Major.minor or major.minor.patch. */
    static final String VERSION = "\\d{1,4}\\.\\d{1,4}(\\.\\d{1,4})?";

    private final CommandSender commands;

    InstrumentController(CommandSender commands) {
        this.commands = commands;
    }

    record DraftRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String instrumentId,
                        @NotBlank @Pattern(regexp = VERSION) String version,
                        @NotBlank @Pattern(regexp = Ids.PATTERN) String programId,
                        @NotBlank @Size(max = 300) String title, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record DomainRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String domainKey,
                         @NotBlank @Size(max = 200) String title, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ItemRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String itemKey,
                       @NotBlank @Pattern(regexp = Ids.PATTERN) String domainKey,
                       @NotBlank @Size(max = 1000) String text, Boolean required,
                       @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight,
                       Boolean naAllowed, @Size(max = 500) String evidencePrompt,
                       @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record LevelRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String code, @NotBlank @Size(max = 200) String label,
                        @NotNull BigDecimal value) {
    }

    record ScaleRequest(@NotNull @Size(min = 2, max = 10) List<@Valid @NotNull LevelRequest> levels,
                        @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record ScoringRuleRequest(@NotNull ScoringRule rule, @Pattern(regexp = Ids.PATTERN) String levelCode,
                              @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record PublishRequest(@NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/instruments")
    @Operation(summary = "Draft a new version of an assessment instrument (instrumentId + version are its identity)")
    ResponseEntity<Created> draft(@Valid @RequestBody DraftRequest request) {
        String streamId = InstrumentEvent.streamIdOf(request.instrumentId(), request.version());
        commands.send(new DraftInstrumentVersionCommand(streamId, request.programId(), request.instrumentId(),
                request.version(), request.title(), request.occurredOn()));
        return Created.at(path(request.instrumentId(), request.version()), streamId);
    }

    @PostMapping("/instruments/{instrumentId}/versions/{version}/domains")
    @Operation(summary = "Add a domain to a draft version")
    ResponseEntity<Created> addDomain(@PathVariable String instrumentId, @PathVariable String version,
                                      @Valid @RequestBody DomainRequest request) {
        commands.send(new AddDomainCommand(InstrumentEvent.streamIdOf(instrumentId, version), request.domainKey(),
                request.title(), request.occurredOn()));
        return Created.at(path(instrumentId, version) + "/domains/" + request.domainKey(), request.domainKey());
    }

    @PostMapping("/instruments/{instrumentId}/versions/{version}/items")
    @Operation(summary = "Add an item to a domain of a draft version (defaults: required, weight 1, N/A not allowed)")
    ResponseEntity<Created> addItem(@PathVariable String instrumentId, @PathVariable String version,
                                    @Valid @RequestBody ItemRequest request) {
        commands.send(new AddItemCommand(InstrumentEvent.streamIdOf(instrumentId, version), request.itemKey(),
                request.domainKey(), request.text(), !Boolean.FALSE.equals(request.required()),
                request.weight() == null ? BigDecimal.ONE : request.weight(), Boolean.TRUE.equals(request.naAllowed()),
                request.evidencePrompt(), request.occurredOn()));
        return Created.at(path(instrumentId, version) + "/items/" + request.itemKey(), request.itemKey());
    }

    @PostMapping("/instruments/{instrumentId}/versions/{version}/scale")
    @Operation(summary = "Define the ordinal response scale of a draft version, lowest level first")
    ResponseEntity<Created> defineScale(@PathVariable String instrumentId, @PathVariable String version,
                                        @Valid @RequestBody ScaleRequest request) {
        commands.send(new DefineScaleCommand(InstrumentEvent.streamIdOf(instrumentId, version), request.levels()
                .stream().map(l -> new Instrument.Level(l.code(), l.label(), l.value())).toList(),
                request.occurredOn()));
        return Created.at(path(instrumentId, version) + "/scale", InstrumentEvent.streamIdOf(instrumentId, version));
    }

    @PostMapping("/instruments/{instrumentId}/versions/{version}/scoring-rule")
    @Operation(summary = "Define how a draft version scores: MEAN_OF_ITEMS, PERCENT_AT_OR_ABOVE_LEVEL (with levelCode) "
            + "or GATED_STAGE")
    ResponseEntity<Created> defineScoringRule(@PathVariable String instrumentId, @PathVariable String version,
                                              @Valid @RequestBody ScoringRuleRequest request) {
        commands.send(new DefineScoringRuleCommand(InstrumentEvent.streamIdOf(instrumentId, version), request.rule(),
                request.levelCode(), request.occurredOn()));
        return Created.at(path(instrumentId, version) + "/scoring-rule",
                InstrumentEvent.streamIdOf(instrumentId, version));
    }

    @PostMapping("/instruments/{instrumentId}/versions/{version}/publication")
    @Operation(summary = "Publish a version: it needs domains, items in every domain, a scale and a scoring rule; "
            + "afterwards it never changes")
    ResponseEntity<Created> publish(@PathVariable String instrumentId, @PathVariable String version,
                                    @Valid @RequestBody PublishRequest request) {
        commands.send(new PublishInstrumentVersionCommand(InstrumentEvent.streamIdOf(instrumentId, version),
                request.occurredOn()));
        return Created.at(path(instrumentId, version), InstrumentEvent.streamIdOf(instrumentId, version));
    }

    private static String path(String instrumentId, String version) {
        return "/instruments/" + instrumentId + "/versions/" + version;
    }
}
