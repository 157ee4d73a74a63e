package org.equityaccelerator.query.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.equityaccelerator.query.access.Audience;
import org.equityaccelerator.query.projection.AppliedHistory;
import org.equityaccelerator.query.projection.ProjectionStore;
import org.equityaccelerator.query.web.AsOf;
import org.equityaccelerator.query.web.Csv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

@RestController
@Tag(name = "Regional progress (per cohort)")
class RegionalProgressController {
    private final ProjectionStore store;
    private final AppliedHistory history;
    private final Audience audience;
    private final java.time.Clock clock;

    RegionalProgressController(ProjectionStore store, AppliedHistory history, Audience audience,
                               org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        this.store = store;
        this.history = history;
        this.audience = audience;
        this.clock = clock.getIfAvailable(java.time.Clock::systemDefaultZone);
    }

    @GetMapping("/cohorts/{cohortId}/progress")
    @Operation(summary = "Regional equity progress of a cohort. With asOf (business date, e.g. the end of Session 4) "
            + "and/or knownAt (recorded instant, e.g. before a correction): folded from the events that had happened "
            + "by asOf and were recorded by knownAt, by the same fold as the live view. Names only "
            + "participants that still consent to be named, unless the caller is program staff.")
    RegionalProgress progress(@PathVariable String cohortId,
                              @Parameter(example = "2023-07-31") @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @Parameter(example = "2024-01-01T00:00:00Z") @RequestParam(required = false)
                              Instant knownAt) {
        AsOf moment = new AsOf(asOf, knownAt);
        RegionalTallies tallies = moment.view(() -> store.regional(cohortId),
                () -> RegionalProgressFold.replay(history.ofCohort(cohortId, asOf, knownAt)),
                "regional view for cohort '" + cohortId + "'");
        if (!moment.live()) {
            // a withdrawn consent holds for history too: only program staff see who was named back then
            audience.restrictedTo(cohortId).ifPresent(own -> tallies.roster.withholdNamesWithdrawnSince(
                    store.regional(cohortId).map(live -> live.roster).orElseGet(RosterTally::new), own));
        }
        java.util.List<String> stages = tallies.cohort.programId == null ? ProgramStages.of(java.util.List.of())
                : ProgramStages.of(history.ofAggregate(tallies.cohort.programId, asOf, knownAt));
        return RegionalPublication.publish(tallies, asOf == null ? LocalDate.now(clock) : asOf, stages);
    }

    @GetMapping(value = "/cohorts/{cohortId}/progress.csv", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The regional view as CSV (figure, key, value), with the same asOf / knownAt as the JSON")
    ResponseEntity<String> csv(@PathVariable String cohortId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf,
                               @RequestParam(required = false) Instant knownAt) {
        RegionalProgress v = progress(cohortId, asOf, knownAt);
        StringBuilder csv = new StringBuilder(Csv.line("figure", "key", "value"));
        csv.append(Csv.line("participantsEnrolled", null, v.participantsEnrolled))
                .append(Csv.line("teamsFormed", null, v.teamsFormed))
                .append(Csv.line("teamsActive", null, v.teamsActive))
                .append(Csv.line("teamsWithAllRequiredRoles", null, v.teamsWithAllRequiredRoles))
                .append(Csv.line("sessionsHeld", null, v.sessionsHeld))
                .append(Csv.line("goalsOverdue", null, v.goalsOverdue))
                .append(Csv.line("assessmentsCompleted", null, v.assessmentsCompleted))
                .append(Csv.line("participantsWithBaseline", null, v.participantsWithBaseline))
                .append(Csv.line("participantsWithFollowUp", null, v.participantsWithFollowUp))
                .append(Csv.line("goalsCommitted", null, v.goalsCommitted))
                .append(Csv.line("goalsAchieved", null, v.goalsAchieved))
                .append(Csv.line("participantsWithCommittedGoal", null, v.participantsWithCommittedGoal))
                .append(Csv.line("processChangesRecorded", null, v.processChangesRecorded))
                .append(Csv.line("processChangesInEffect", null, v.processChangesInEffect))
                .append(Csv.line("barriersOpen", null, v.barriersOpen));
        v.sessions.forEach(s -> csv.append(Csv.line("sessionAttendanceRate", s.sessionId, s.attendanceRate)));
        v.adoptionMatrix.forEach((type, n) -> csv.append(Csv.line("adoption", type, n)));
        v.processChangesByStage.forEach(f -> csv.append(Csv.line("changesInStage", f.stage(), f.recorded()))
                .append(Csv.line("adoptionInStage", f.stage(), f.participantsWithChangeInEffect())));
        v.phases.forEach(p -> csv.append(Csv.line("phaseSessionsScheduled", p.phaseId(), p.sessionsScheduled()))
                .append(Csv.line("phaseSessionsHeld", p.phaseId(), p.sessionsHeld()))
                .append(Csv.line("phaseAttendanceRate", p.phaseId(), p.attendanceRate()))
                .append(Csv.line("phaseGoalsCommitted", p.phaseId(), p.goalsCommitted()))
                .append(Csv.line("phaseGoalsAchieved", p.phaseId(), p.goalsAchieved())));
        v.assessmentDomains.forEach((domain, d) -> csv.append(Csv.line("medianBaseline", domain, d.medianBaseline()))
                .append(Csv.line("medianLatest", domain, d.medianLatest())));
        v.metrics.forEach((metric, m) -> m.trend().forEach((period, figure) ->
                csv.append(Csv.line("metric:" + metric, period, figure.value()))));
        DisparityCsv.append(csv, v);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + cohortId + "-progress.csv\"")
                .body(csv.toString());
    }
}
