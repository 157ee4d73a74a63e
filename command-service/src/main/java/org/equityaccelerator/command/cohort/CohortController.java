package org.equityaccelerator.command.cohort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equityaccelerator.command.instrument.Administration;
import org.equityaccelerator.command.web.CommandSender;
import org.equityaccelerator.command.web.Created;
import org.equityaccelerator.command.web.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Cohorts and sessions")
class CohortController {
    private final CommandSender commands;

    CohortController(CommandSender commands) {
        this.commands = commands;
    }

    record OpenCohortRequest(@Pattern(regexp = Ids.PATTERN) String cohortId,
                             @NotBlank @Pattern(regexp = Ids.PATTERN) String programId,
                             @NotBlank @Size(max = 100) String label,
                             @NotBlank @Size(max = 200) String region,
                             @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                             @Min(1) @Max(50) int minTeamSize, @Min(1) @Max(50) int maxTeamSize,
                             @NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = Ids.CATALOGUE_ENTRY) String> requiredRoles,
                             @NotNull @PastOrPresent LocalDate occurredOn,
                             @Min(1) @Max(50) Integer minReportingParticipants,
                             @Min(1) @Max(1000) Integer minCellCount) {
    }

    record ScheduleSessionRequest(@Pattern(regexp = Ids.PATTERN) String sessionId,
                                  @Min(1) @Max(1000) int seq,
                                  @NotBlank @Size(max = 200) String title,
                                  @NotNull LocalDate scheduledFor,
                                  @NotNull DatePrecision datePrecision,
                                  @NotNull @PastOrPresent LocalDate occurredOn,
                                  @Pattern(regexp = Ids.PATTERN) String phaseId,
                                  SessionType sessionType, Modality modality) {
    }

    record DefinePhaseRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String phaseId,
                              @NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate,
                              @NotNull LocalDate endDate, @Size(max = 1000) String expectation,
                              @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/phases")
    @Operation(summary = "Define a phase of the cohort (inside its window, not overlapping another)")
    ResponseEntity<Created> definePhase(@PathVariable String cohortId, @Valid @RequestBody DefinePhaseRequest request) {
        commands.send(new DefinePhaseCommand(cohortId, request.phaseId(), request.name(), request.startDate(),
                request.endDate(), request.expectation(), request.occurredOn()));
        return Created.at("/cohorts/" + cohortId + "/phases/" + request.phaseId(), request.phaseId());
    }

    @PostMapping("/cohorts")
    @Operation(summary = "Open a cohort of a program (its required roles come from the program's role catalogue). "
            + "Two suppression rules: minReportingParticipants (default 3) "
            + "organisations behind a regional figure, minCellCount (default 11) people or records behind a group's "
            + "value of a disaggregated metric")
    ResponseEntity<Created> open(@Valid @RequestBody OpenCohortRequest request) {
        String id = Ids.orNew(request.cohortId());
        commands.send(new OpenCohortCommand(id, request.programId(), request.label(), request.region(),
                request.startDate(), request.endDate(), request.minTeamSize(), request.maxTeamSize(),
                request.requiredRoles(), request.occurredOn(), request.minReportingParticipants(),
                request.minCellCount()));
        return Created.at("/cohorts/" + id, id);
    }

    record AdoptMetricRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String metricId,
                              @NotBlank @Size(max = 20) String version, @NotBlank @Size(max = 200) String name,
                              @NotNull AdoptMetricCommand.MetricUnit unit, @NotNull AdoptMetricCommand.Polarity polarity,
                              @NotNull AdoptMetricCommand.Frequency frequency,
                              @NotNull AdoptMetricCommand.Aggregation aggregation,
                              @NotNull @PastOrPresent LocalDate occurredOn, java.math.BigDecimal threshold,
                              AdoptMetricCommand.Category category,
                              @Size(max = 1000) String numeratorDefinition,
                              @Size(max = 1000) String denominatorDefinition,
                              @Size(max = 4000) String definitionNotes,
                              @Size(max = 5) List<@Valid @NotNull DimensionRequest> disaggregations) {
    }

    /** Codes, not labels (e.g. RACE_ETHNICITY; HISPANIC_LATINO): a group names a population, never a person. */
    record DimensionRequest(@NotBlank @Pattern(regexp = Ids.CODE) String dimension,
                            @NotNull @Size(max = 30) List<@NotBlank @Pattern(regexp = Ids.CODE) String> groups,
                            @NotBlank @Pattern(regexp = Ids.CODE) String referenceGroup) {
        AdoptMetricCommand.Dimension command() {
            return new AdoptMetricCommand.Dimension(dimension, groups, referenceGroup);
        }
    }

    @PostMapping("/cohorts/{cohortId}/metrics")
    @Operation(summary = "Adopt a metric definition (unit, polarity, frequency, regional roll-up rule: SUM, POOLED_RATIO, "
            + "MEDIAN_OF_ORGS or COUNT_ORGS_MEETING with its threshold) for the cohort, optionally disaggregated by "
            + "dimensions (e.g. RACE_ETHNICITY, LANGUAGE, PLACE), each with its groups and the reference group that "
            + "disparity gaps are measured against")
    ResponseEntity<Created> adoptMetric(@PathVariable String cohortId, @Valid @RequestBody AdoptMetricRequest request) {
        commands.send(new AdoptMetricCommand(cohortId, request.metricId(), request.version(), request.name(),
                request.unit(), request.polarity(), request.frequency(), request.aggregation(), request.occurredOn(),
                request.threshold(), request.category(), request.numeratorDefinition(), request.denominatorDefinition(),
                request.definitionNotes(), request.disaggregations() == null ? List.of()
                        : request.disaggregations().stream().map(DimensionRequest::command).toList()));
        return Created.at("/cohorts/" + cohortId + "/metrics/" + request.metricId(), request.metricId());
    }

    record AdoptInstrumentRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String instrumentId,
                                  @NotBlank @Size(max = 20) String version,
                                  @NotNull @Size(min = 1, max = 10) java.util.Set<@NotNull Administration> administrations,
                                  @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/instruments")
    @Operation(summary = "Adopt a published assessment instrument version for the given administrations")
    ResponseEntity<Created> adoptInstrument(@PathVariable String cohortId,
                                            @Valid @RequestBody AdoptInstrumentRequest request) {
        commands.send(new AdoptInstrumentCommand(cohortId, request.instrumentId(), request.version(),
                request.administrations(), request.occurredOn()));
        return Created.at("/cohorts/" + cohortId + "/instruments/" + request.instrumentId(), request.instrumentId());
    }

    record ClosureRequest(@NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/closure")
    @Operation(summary = "Close the cohort (not before its last session): no new sessions, goals or assessments "
            + "afterwards; late reports need lateEntry and a reason")
    ResponseEntity<Created> close(@PathVariable String cohortId, @Valid @RequestBody ClosureRequest request) {
        commands.send(new SessionCommands.CloseCohortCommand(cohortId, request.occurredOn()));
        return Created.at("/cohorts/" + cohortId, cohortId);
    }

    record RescheduleRequest(@NotNull LocalDate newDate, @NotBlank @Size(max = 1000) String reason,
                             @NotNull @PastOrPresent LocalDate occurredOn, Modality modality) {
    }

    record HeldRequest(@Size(max = 1000) String note, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    record CancellationRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate occurredOn) {
    }

    @PostMapping("/cohorts/{cohortId}/sessions/{sessionId}/rescheduling")
    @Operation(summary = "Move a scheduled session (inside the cohort window); the old date is kept. A modality "
            + "(VIRTUAL, IN_PERSON, HYBRID) says how it is held from now on; absent: as planned")
    ResponseEntity<Created> reschedule(@PathVariable String cohortId, @PathVariable String sessionId,
                                       @Valid @RequestBody RescheduleRequest request) {
        commands.send(new SessionCommands.RescheduleSessionCommand(cohortId, sessionId, request.newDate(),
                request.reason(), request.occurredOn(), request.modality()));
        return Created.at("/cohorts/" + cohortId + "/sessions/" + sessionId, sessionId);
    }

    @PostMapping("/cohorts/{cohortId}/sessions/{sessionId}/held")
    @Operation(summary = "Mark a scheduled session as held on occurredOn")
    ResponseEntity<Created> held(@PathVariable String cohortId, @PathVariable String sessionId,
                                 @Valid @RequestBody HeldRequest request) {
        commands.send(new SessionCommands.MarkSessionHeldCommand(cohortId, sessionId, request.note(),
                request.occurredOn()));
        return Created.at("/cohorts/" + cohortId + "/sessions/" + sessionId, sessionId);
    }

    @PostMapping("/cohorts/{cohortId}/sessions/{sessionId}/cancellation")
    @Operation(summary = "Cancel a scheduled session")
    ResponseEntity<Created> cancel(@PathVariable String cohortId, @PathVariable String sessionId,
                                   @Valid @RequestBody CancellationRequest request) {
        commands.send(new SessionCommands.CancelSessionCommand(cohortId, sessionId, request.reason(),
                request.occurredOn()));
        return Created.at("/cohorts/" + cohortId + "/sessions/" + sessionId, sessionId);
    }

    @PostMapping("/cohorts/{cohortId}/sessions")
    @Operation(summary = "Schedule a session of a cohort (date precision DAY or MONTH); optionally its type (KICK_OFF, "
            + "WORKSHOP, COACHING, SHARING, OTHER) and modality (VIRTUAL, IN_PERSON, HYBRID)")
    ResponseEntity<Created> schedule(@PathVariable String cohortId, @Valid @RequestBody ScheduleSessionRequest request) {
        String id = Ids.orNew(request.sessionId());
        commands.send(new ScheduleSessionCommand(cohortId, id, request.seq(), request.title(), request.scheduledFor(),
                request.datePrecision(), request.occurredOn(), request.phaseId(), request.sessionType(),
                request.modality()));
        return Created.at("/cohorts/" + cohortId + "/sessions/" + id, id);
    }
}
