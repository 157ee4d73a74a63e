package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.ProgramRegistered;
import org.equityaccelerator.query.participant.ServedDate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the regional figures from the tallies, once, for the date the view is served for, and maps them field by
 * field into the published {@link RegionalProgress}: nothing reaches the view unless it is mapped here.
 */
public final class RegionalPublication {
    private RegionalPublication() {
    }

    /** Published for a program that declared no process-change stages of its own: the contracting lifecycle. */
    public static RegionalProgress publish(RegionalTallies t, LocalDate servedOn) {
        return publish(t, servedOn, ProgramRegistered.DEFAULT_PROCESS_CHANGE_STAGES);
    }

    /**
     * @param servedOn the date asked for (asOf, or today): served-date figures count to it, but never past the
     *                 cohort's closure
     * @param stages   the program's process-change stages, in its order
     */
    public static RegionalProgress publish(RegionalTallies t, LocalDate servedOn, List<String> stages) {
        RegionalProgress v = new RegionalProgress();
        cohort(v, t.cohort);
        roster(v, t.roster);
        teams(v, t);
        sessions(v, t);
        PhaseFigures.publish(v, t);
        goals(v, t, t.cohort.servedUntil(servedOn));
        AssessmentFigures.publish(v, t.assessments, t.cohort.minReportingParticipants);
        changes(v, t.changes);
        v.processChangesByStage = stageFigures(t.changes, stages);
        barriers(v, t.barriers);
        MetricRollup.publish(v, t.metrics, t.cohort.minReportingParticipants, t.cohort.minCellCount);
        DisparityRollup.publish(v, t.metrics, t.cohort.minReportingParticipants, t.cohort.minCellCount);
        t.recommendations.forEach((id, r) -> v.recommendations.put(id, recommendation(r, t.roster)));
        // participants taking part, as every other regional figure counts them: withdrawn rows would not protect
        // the one or two still taking part
        v.participantRowsSuppressed = t.roster.active() < t.cohort.minReportingParticipants;
        v.participants = v.participantRowsSuppressed ? new TreeMap<>() : ParticipantRows.of(t);
        v.lastRecordedAt = t.lastRecordedAt;
        v.eventsApplied = t.eventsApplied;
        return v;
    }

    private static void cohort(RegionalProgress v, CohortTally c) {
        v.cohortId = c.cohortId;
        v.programId = c.programId;
        v.label = c.label;
        v.region = c.region;
        v.startDate = c.startDate;
        v.endDate = c.endDate;
        v.requiredRoles = new ArrayList<>(c.requiredRoles);
        v.minReportingParticipants = c.minReportingParticipants;
        v.minCellCount = c.minCellCount;
        v.status = c.status.name();
        v.closedOn = c.closedOn;
    }

    private static void roster(RegionalProgress v, RosterTally roster) {
        v.participantsEnrolled = roster.enrolled();
        v.participantsWithdrawn = roster.withdrawn();
        v.participantsActive = roster.active();
    }

    private static void teams(RegionalProgress v, RegionalTallies t) {
        List<BigDecimal> sizes = new ArrayList<>();
        for (var entry : t.teams.teams.entrySet()) {
            TeamTally.Team team = entry.getValue();
            if (!team.formed) {
                continue;
            }
            v.teamsFormed++; // ever formed, as participantsEnrolled counts everyone ever enrolled
            v.teamsWithAllRequiredRoles += team.hasAll(t.cohort.requiredRoles) ? 1 : 0;
            if (!t.roster.hasWithdrawn(entry.getKey())) {
                // a withdrawn participant's team is neither active nor part of the cohort's typical team
                v.teamsActive += team.active ? 1 : 0;
                sizes.add(BigDecimal.valueOf(team.members.size()));
            }
        }
        v.percentTeamsWithAllRequiredRoles = v.teamsFormed == 0 ? null
                : Math.round(100f * v.teamsWithAllRequiredRoles / v.teamsFormed);
        v.medianTeamSize = Median.of(sizes);
    }

    /**
     * Teams present (with at least one attendee) over the participants taking part on the day it was held: one
     * who had withdrawn by then, or had not yet enrolled, is in neither the numerator nor the denominator of the rate
     * (teamsPresent still lists every team recorded as there).
     */
    private static void sessions(RegionalProgress v, RegionalTallies t) {
        for (SessionTally.Session s : t.sessions.sessions) {
            RegionalProgress.Session session = new RegionalProgress.Session();
            session.sessionId = s.sessionId;
            session.seq = s.seq;
            session.title = s.title;
            session.scheduledFor = s.scheduledFor;
            session.datePrecision = s.datePrecision;
            session.phaseId = s.phaseId;
            session.sessionType = s.sessionType;
            session.modality = s.modality;
            session.status = s.status.name();
            session.heldOn = s.heldOn;
            session.reschedulings = s.reschedulings;
            session.teamsPresent = (int) s.attendees.keySet().stream().filter(s::attendedBy).count();
            int takingPart = t.roster.takingPartIn(s);
            session.attendanceRate = !s.held() || takingPart == 0 ? null
                    : (int) Math.round(100.0 * t.roster.presentAt(s) / takingPart);
            v.sessionsHeld += s.status == SessionTally.Status.HELD ? 1 : 0;
            v.sessionsCancelled += s.status == SessionTally.Status.CANCELLED ? 1 : 0;
            v.sessions.add(session);
        }
    }

    private static void goals(RegionalProgress v, RegionalTallies t, LocalDate servedOn) {
        v.goalsDrafted = t.goals.drafted;
        v.goalsByTag = new TreeMap<>(t.goals.draftedByTag);
        for (TreeMap<String, GoalTally.Goal> own : t.goals.goals.values()) {
            int committed = GoalTally.committed(own);
            int achieved = GoalTally.achieved(own);
            v.goalsCommitted += committed;
            v.participantsWithCommittedGoal += committed > 0 ? 1 : 0;
            v.goalsAchieved += achieved;
            v.participantsWithAchievedGoal += achieved > 0 ? 1 : 0;
        }
        // a withdrawn participant's goals are nobody's to pursue any more: never overdue
        v.goalsOverdue = (int) t.goals.goals.entrySet().stream().filter(e -> !t.roster.hasWithdrawn(e.getKey()))
                .flatMap(e -> e.getValue().values().stream()).filter(g -> Boolean.TRUE.equals(
                        ServedDate.isOverdue(g.status.name(), g.targetDate, servedOn))).count();
        v.goalsCarriedOver = t.cohort.closedOn == null ? null : (int) t.goals.all().filter(GoalTally.Goal::open).count();
    }

    private static void changes(RegionalProgress v, ProcessChangeTally tally) {
        for (TreeMap<String, ProcessChangeTally.Change> own : tally.changes.values()) {
            Set<String> typesInEffect = new TreeSet<>();
            for (ProcessChangeTally.Change change : own.values()) {
                v.processChangesRecorded++;
                v.processChangesByLifecycleStage.merge(change.stage, 1, Integer::sum);
                v.processChangesByChangeType.merge(change.changeType, 1, Integer::sum);
                if (change.status.inEffect()) {
                    v.processChangesInEffect++;
                    typesInEffect.add(change.changeType);
                }
            }
            v.participantsWithChangeInEffect += typesInEffect.isEmpty() ? 0 : 1;
            typesInEffect.forEach(type -> v.adoptionMatrix.merge(type, 1, Integer::sum));
        }
    }

    /** The program's stages in its order, zeros included, then any other stage a change was recorded in. */
    private static List<RegionalProgress.StageFigure> stageFigures(ProcessChangeTally tally, List<String> stages) {
        Set<String> all = new java.util.LinkedHashSet<>(stages);
        tally.all().forEach(c -> all.add(c.stage));
        List<RegionalProgress.StageFigure> figures = new ArrayList<>();
        for (String stage : all) {
            int recorded = (int) tally.all().filter(c -> stage.equals(c.stage)).count();
            int inEffect = (int) tally.all().filter(c -> stage.equals(c.stage) && c.status.inEffect()).count();
            int participants = (int) tally.changes.values().stream().filter(own -> own.values().stream()
                    .anyMatch(c -> stage.equals(c.stage) && c.status.inEffect())).count();
            figures.add(new RegionalProgress.StageFigure(stage, recorded, inEffect, participants));
        }
        return figures;
    }

    private static void barriers(RegionalProgress v, BarrierTally tally) {
        v.barriersIdentified = tally.identified();
        v.barriersAddressed = tally.count(BarrierTally.Status.ADDRESSED);
        v.barriersOpen = tally.count(BarrierTally.Status.IDENTIFIED);
    }

    /** Endorsers are named only with REGIONAL_NAMED consent; the others are counted. */
    private static RegionalProgress.Recommendation recommendation(RecommendationFold.Recommendation r,
                                                                  RosterTally roster) {
        RegionalProgress.Recommendation served = new RegionalProgress.Recommendation();
        served.title = r.title;
        served.policyArea = r.policyArea;
        served.status = r.status;
        served.draftedOn = r.draftedOn;
        served.endorsementsRequired = r.endorsementsRequired;
        served.endorsements = r.endorsers.size();
        served.publishedOn = r.publishedOn;
        served.endorsedBy = r.endorsers.stream().filter(roster::named).map(roster::displayName).toList();
        served.anonymousEndorsements = (int) r.endorsers.stream().filter(id -> !roster.named(id)).count();
        return served;
    }
}
