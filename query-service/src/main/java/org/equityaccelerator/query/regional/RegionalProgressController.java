package org.equityaccelerator.query.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import java.util.List;

@RestController
@Tag(name = "Regional progress (per cohort)")
class RegionalProgressController {
    private final ProjectionStore store;
    private final AppliedHistory history;
    private final java.time.Clock clock;

    RegionalProgressController(ProjectionStore store, AppliedHistory history,
                               org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        this.store = store;
        this.history = history;
        this.clock = clock.getIfAvailable(java.time.Clock::systemDefaultZone);
    }

    @GetMapping("/cohorts/{cohortId}/progress")
    @Operation(summary = "Regional equity progress of a cohort. With asOf (business date, e.g. the end of Session 4) "
            + "and/or knownAt (recorded instant, e.g. before a correction): folded from the events that had happened "
            + "by asOf and were recorded by knownAt, by the same fold as the live view.")
    RegionalProgress progress(@PathVariable String cohortId,
                              @Parameter(example = "2023-07-31") @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @Parameter(example = "2024-01-01T00:00:00Z") @RequestParam(required = false)
                              Instant knownAt) {
        RegionalProgress view = new AsOf(asOf, knownAt).view(() -> store.regional(cohortId),
                () -> RegionalProgressFold.replay(history.ofCohort(cohortId, asOf, knownAt)),
                "regional view for cohort '" + cohortId + "'");
        view.goalsOverdue = overdue(view, asOf == null ? java.time.LocalDate.now(clock) : asOf);
        view.goalsCarriedOver = view.closedOn == null ? null : (int) view.participants.values().stream()
                .flatMap(t -> t.goalStatus.values().stream()).filter("OPEN"::equals).count();
        return publishable(view);
    }

    /** Open goals past their target date on the date the view is served for (the fold has no clock). */
    static int overdue(RegionalProgress view, java.time.LocalDate on) {
        int overdue = 0;
        for (RegionalProgress.ParticipantTally tally : view.participants.values()) {
            for (java.util.Map.Entry<String, java.time.LocalDate> goal : tally.goalTargets.entrySet()) {
                String status = tally.goalStatus.get(goal.getKey());
                overdue += Boolean.TRUE.equals(org.equityaccelerator.query.participant.ServedDate.isOverdue(status,
                        goal.getValue(), on)) ? 1 : 0;
            }
        }
        return overdue;
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
        v.assessmentDomains.forEach((domain, d) -> csv.append(Csv.line("medianBaseline", domain, d.medianBaseline()))
                .append(Csv.line("medianLatest", domain, d.medianLatest())));
        v.metrics.forEach((metric, m) -> m.trend().forEach((period, figure) ->
                csv.append(Csv.line("metric:" + metric, period, figure.value()))));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + cohortId + "-progress.csv\"")
                .body(csv.toString());
    }

    /**
     * What a regional view may show: participants without REGIONAL_NAMED consent are counted but not identifiable
     * (no org id, no participant id as key, no ids of their goals or changes), and no organisation's own scores
     * appear, only the medians over enough participants.
     */
    static RegionalProgress publishable(RegionalProgress view) {
        view.recommendations.values().forEach(r -> {
            List<String> named = new java.util.ArrayList<>();
            int anonymous = 0;
            for (String participantId : r.endorsers) {
                RegionalProgress.ParticipantTally tally = view.participants.get(participantId);
                if (tally != null && !RegionalProgress.ANONYMOUS.equals(tally.displayName)) {
                    named.add(tally.displayName);
                } else {
                    anonymous++;
                }
            }
            r.endorsedBy = named;
            r.anonymousEndorsements = anonymous;
            r.endorsers.clear();
        });
        java.util.TreeMap<String, RegionalProgress.ParticipantTally> shown = new java.util.TreeMap<>();
        List<RegionalProgress.ParticipantTally> anonymous = new java.util.ArrayList<>();
        for (RegionalProgress.ParticipantTally tally : view.participants.values()) {
            tally.orgName = null;
            tally.baselineScores.clear();
            tally.latestScores.clear();
            tally.latestItemLevels.clear();
            tally.goalTargets.clear();
            tally.latestOn = null;
            tally.metrics.clear();
            tally.members.clear();
            tally.barriers.clear();
            if (RegionalProgress.ANONYMOUS.equals(tally.displayName)) {
                tally.orgId = null;
                tally.goalStatus.clear();
                tally.changes.clear();
                anonymous.add(tally);
            } else {
                String key = tally.displayName;
                for (int n = 2; shown.containsKey(key); n++) {
                    key = tally.displayName + " (" + n + ")"; // two consenting orgs of the same name stay apart
                }
                shown.put(key, tally);
            }
        }
        // numbered in the order of their content, never of their ids: ids derive from the org and could be sorted
        // the same way by anyone who knows the orgs, which would name the anonymous rows
        anonymous.sort(java.util.Comparator.comparing(org.equityaccelerator.query.projection.ViewJson::write));
        for (int i = 0; i < anonymous.size(); i++) {
            shown.put(String.format("anonymous-%02d", i + 1), anonymous.get(i));
        }
        view.participants = shown;
        view.sessions.forEach(session -> session.attendees.clear());
        return view;
    }
}
