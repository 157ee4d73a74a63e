package org.equityaccelerator.query.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.equityaccelerator.query.access.Audience;
import org.equityaccelerator.query.projection.AppliedHistory;
import org.equityaccelerator.query.projection.ProjectionStore;
import org.equityaccelerator.query.regional.RegionalTallies;
import org.equityaccelerator.query.regional.RegionalProgressFold;
import org.equityaccelerator.query.web.AsOf;
import org.equityaccelerator.query.web.Csv;
import org.equityaccelerator.query.web.Page;
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
@Tag(name = "Participant progress (per jurisdiction)")
class ParticipantProgressController {
    private final ProjectionStore store;
    private final AppliedHistory history;
    private final Audience audience;
    private final java.time.Clock clock;

    ParticipantProgressController(ProjectionStore store, AppliedHistory history, Audience audience,
                                  org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        this.store = store;
        this.audience = audience;
        this.history = history;
        this.clock = clock.getIfAvailable(java.time.Clock::systemDefaultZone);
    }

    @GetMapping("/participants/{participantId}/progress")
    @Operation(summary = "Progress view of one participant: team, goals, assessments, process changes. With asOf "
            + "(business date) and/or knownAt (recorded instant): the view folded from the events that had happened "
            + "by asOf and were recorded by knownAt, by the same fold as the live view.")
    ParticipantProgress progress(@PathVariable String participantId,
                                 @Parameter(example = "2023-07-31") @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @Parameter(example = "2024-01-01T00:00:00Z") @RequestParam(required = false)
                                 Instant knownAt) {
        AsOf moment = new AsOf(asOf, knownAt);
        ParticipantProgress view = moment.view(() -> store.participant(participantId),
                () -> ParticipantProgressFold.replay(history.ofAggregate(participantId, asOf, knownAt)),
                "progress view for participant '" + participantId + "'");
        RegionalTallies cohort = moment.live() ? store.regional(view.cohortId).orElse(null)
                : RegionalProgressFold.replay(history.ofCohort(view.cohortId, asOf, knownAt));
        return ServedDate.serve(view, cohort, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/cohorts/{cohortId}/participants")
    @Operation(summary = "Progress views of a cohort's participants, by org id, paged. Program staff see every "
            + "participant; everyone else those that consented to be named (REGIONAL_NAMED) and their own team's.")
    Page<ParticipantProgress> ofCohort(@PathVariable String cohortId,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        java.util.Set<String> restrictedTo = audience.restrictedTo(cohortId).orElse(null);
        java.util.List<ParticipantProgress> views = store.participantsOf(cohortId, page * size, size, restrictedTo);
        RegionalTallies cohort = store.regional(cohortId).orElse(null);
        LocalDate today = LocalDate.now(clock);
        views.forEach(view -> ServedDate.serve(view, cohort, today));
        return new Page<>(views, page, size, store.participantCount(cohortId, restrictedTo));
    }

    @GetMapping(value = "/cohorts/{cohortId}/participants.csv", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The cohort's participant progress views as CSV, one row per participant, with the same "
            + "consent rule as the list")
    ResponseEntity<String> csv(@PathVariable String cohortId) {
        StringBuilder csv = new StringBuilder(Csv.line("participantId", "orgId", "orgName", "orgType", "enrolledOn",
                "consentScope", "teamStatus", "teamSize", "rolesCovered", "goalsCommitted", "goalsAchieved",
                "percentAchieved", "processChangesRecorded", "processChangesInEffect", "barriersOpen",
                "assessmentsCompleted", "sessionsAttended", "attendancePercent", "communityEngagements",
                "lastRecordedAt"));
        java.util.Set<String> restrictedTo = audience.restrictedTo(cohortId).orElse(null);
        int total = (int) store.participantCount(cohortId, restrictedTo);
        RegionalTallies cohort = store.regional(cohortId).orElse(null);
        for (ParticipantProgress p : store.participantsOf(cohortId, 0, Math.max(total, 1), restrictedTo)) {
            ParticipantProgress.Participation participation = ParticipationJoin.of(p, cohort);
            int inEffect = p.processChanges.byStatus.getOrDefault("IMPLEMENTED", 0)
                    + p.processChanges.byStatus.getOrDefault("INSTITUTIONALIZED", 0);
            csv.append(Csv.line(p.participantId, p.orgId, p.orgName, p.orgType, p.enrolledOn, p.consentScope,
                    p.team.status, p.team.size, String.join(";", p.team.rolesCovered), p.goals.committed,
                    p.goals.achieved, p.goals.percentAchieved, p.processChanges.recorded, inEffect, p.barriers.open,
                    p.assessments.stream().filter(a -> a.completedOn != null).count(),
                    participation == null ? null : participation.sessionsAttended(),
                    participation == null ? null : participation.attendancePercent(),
                    p.communityEngagement.activities, p.lastRecordedAt));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + cohortId + "-participants.csv\"")
                .body(csv.toString());
    }
}
