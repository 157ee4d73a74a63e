package org.equityaccelerator.command.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.participant.MetricCommands.CorrectMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.GroupReading;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.participant.MetricCommands.RecordMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricBaselineCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricTargetCommand;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A participant's series of a metric its cohort adopted. Readings are a value, or numerator and denominator. */
@RestController
@Tag(name = "Metrics")
class MetricController {
    private final CommandSender commands;

    MetricController(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * lateEntry + lateEntryReason: needed once the cohort has closed. groups: per group of the metric's declared
     * dimensions, the same reading (value, or numerator and denominator) and its cell count.
     */
    record ReadingRequest(@NotBlank @Size(max = 10) String period, BigDecimal value, BigDecimal numerator,
                          BigDecimal denominator, @Size(max = 300) String source,
                          @NotNull @PastOrPresent LocalDate occurredOn, Boolean lateEntry,
                          @Size(max = 1000) String lateEntryReason,
                          @Size(max = 150) List<@Valid @NotNull GroupReadingRequest> groups) {
        Reading reading() {
            return new Reading(value, numerator, denominator, GroupReadingRequest.commands(groups));
        }
    }

    /**
     * count: how many people or records the value stands for (cells below the cohort's minCellCount are suppressed
     * regionally); defaults to the denominator of a ratio or the value of a count.
     */
    record GroupReadingRequest(@NotBlank @Pattern(regexp = Ids.CODE) String dimension,
                               @NotBlank @Pattern(regexp = Ids.CODE) String group, BigDecimal value,
                               BigDecimal numerator, BigDecimal denominator, @PositiveOrZero Long count) {
        static List<GroupReading> commands(List<GroupReadingRequest> groups) {
            return groups == null ? List.of() : groups.stream().map(g -> new GroupReading(g.dimension(), g.group(),
                    g.value(), g.numerator(), g.denominator(), g.count())).toList();
        }
    }

    record TargetRequest(@NotBlank @Size(max = 10) String byPeriod, @NotNull BigDecimal value,
                         @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    /** groups: the period's group values after the correction; absent = the group values stay as they are. */
    record CorrectionRequest(BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                             @NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn,
                             @Size(max = 150) List<@Valid @NotNull GroupReadingRequest> groups) {
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/baseline")
    @Operation(summary = "Set the baseline of a metric series (once)")
    ResponseEntity<Created> baseline(@PathVariable String participantId, @PathVariable String metricId,
                                     @Valid @RequestBody ReadingRequest request) {
        commands.send(new SetMetricBaselineCommand(participantId, metricId, request.period(), request.reading(),
                request.source(), request.occurredOn(), Boolean.TRUE.equals(request.lateEntry()),
                request.lateEntryReason()));
        return Created.at(path(participantId, metricId), metricId);
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/target")
    @Operation(summary = "Set (or reset) the target; earlier targets stay in history")
    ResponseEntity<Created> target(@PathVariable String participantId, @PathVariable String metricId,
                                   @Valid @RequestBody TargetRequest request) {
        commands.send(new SetMetricTargetCommand(participantId, metricId, request.byPeriod(), request.value(),
                request.occurredOn()));
        return Created.at(path(participantId, metricId), metricId);
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/observations")
    @Operation(summary = "Record the value of a period (one per period; use a correction to change it), with its "
            + "value per group when the metric is disaggregated (declared dimensions and groups only, each dimension "
            + "with its reference group)")
    ResponseEntity<Created> observe(@PathVariable String participantId, @PathVariable String metricId,
                                    @Valid @RequestBody ReadingRequest request) {
        commands.send(new RecordMetricObservationCommand(participantId, metricId, request.period(), request.reading(),
                request.source(), request.occurredOn(), Boolean.TRUE.equals(request.lateEntry()),
                request.lateEntryReason()));
        return Created.at(path(participantId, metricId) + "/observations/" + request.period(), request.period());
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/observations/{period}/corrections")
    @Operation(summary = "Correct a period's value: supersedes it, keeps the old value and the reason in history")
    ResponseEntity<Created> correct(@PathVariable String participantId, @PathVariable String metricId,
                                    @PathVariable String period, @Valid @RequestBody CorrectionRequest request) {
        commands.send(new CorrectMetricObservationCommand(participantId, metricId, period,
                new Reading(request.value(), request.numerator(), request.denominator(),
                        GroupReadingRequest.commands(request.groups())), request.reason(),
                request.occurredOn()));
        return Created.at(path(participantId, metricId) + "/observations/" + period, period);
    }

    record ReviewRequest(@Size(max = 1000) String comment, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/observations/{period}/submission")
    @Operation(summary = "Submit a period's current value for review")
    ResponseEntity<Created> submit(@PathVariable String participantId, @PathVariable String metricId,
                                   @PathVariable String period, @Valid @RequestBody ReviewRequest request) {
        commands.send(new MetricCommands.SubmitMetricObservationCommand(participantId, metricId, period,
                request.occurredOn()));
        return Created.at(path(participantId, metricId) + "/observations/" + period, period);
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/observations/{period}/approval")
    @Operation(summary = "Approve a submitted value; the reviewer (the token's subject) must not be its reporter")
    ResponseEntity<Created> approve(@PathVariable String participantId, @PathVariable String metricId,
                                    @PathVariable String period, @Valid @RequestBody ReviewRequest request) {
        commands.send(new MetricCommands.ApproveMetricObservationCommand(participantId, metricId, period,
                request.occurredOn()));
        return Created.at(path(participantId, metricId) + "/observations/" + period, period);
    }

    @PostMapping("/participants/{participantId}/metrics/{metricId}/observations/{period}/return")
    @Operation(summary = "Return a submitted value for revision; the reviewer (the token's subject) must not be its reporter")
    ResponseEntity<Created> giveBack(@PathVariable String participantId, @PathVariable String metricId,
                                     @PathVariable String period, @Valid @RequestBody ReviewRequest request) {
        commands.send(new MetricCommands.ReturnMetricObservationCommand(participantId, metricId, period,
                request.comment(), request.occurredOn()));
        return Created.at(path(participantId, metricId) + "/observations/" + period, period);
    }

    private static String path(String participantId, String metricId) {
        return "/participants/" + participantId + "/metrics/" + metricId;
    }
}
