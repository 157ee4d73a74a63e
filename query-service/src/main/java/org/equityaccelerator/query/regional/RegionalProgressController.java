package org.equityaccelerator.query.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.equityaccelerator.query.projection.AppliedHistory;
import org.equityaccelerator.query.projection.ProjectionStore;
import org.equityaccelerator.query.web.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
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

    RegionalProgressController(ProjectionStore store, AppliedHistory history) {
        this.store = store;
        this.history = history;
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
        return publishable(view);
    }

    /**
     * What a regional view may show: participants without REGIONAL_NAMED consent are counted but not identifiable
     * (no org id, no participant id as key, no ids of their goals or changes), and no organisation's own scores
     * appear, only the medians over enough participants.
     */
    static RegionalProgress publishable(RegionalProgress view) {
        java.util.TreeMap<String, RegionalProgress.ParticipantTally> shown = new java.util.TreeMap<>();
        int anonymous = 0;
        for (RegionalProgress.ParticipantTally tally : view.participants.values()) {
            tally.orgName = null;
            tally.baselineScores.clear();
            tally.latestScores.clear();
            tally.metrics.clear();
            tally.members.clear();
            tally.barriers.clear();
            if (RegionalProgress.ANONYMOUS.equals(tally.displayName)) {
                tally.orgId = null;
                tally.goalStatus.clear();
                tally.changes.clear();
                shown.put(String.format("anonymous-%02d", ++anonymous), tally);
            } else {
                shown.put(tally.displayName, tally);
            }
        }
        view.participants = shown;
        view.sessions.forEach(session -> session.attendees.clear());
        return view;
    }
}
