package org.equityaccelerator.query.regional;

import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.BarrierAccepted;
import org.equityaccelerator.events.BarrierAddressed;
import org.equityaccelerator.events.BarrierIdentified;
import org.equityaccelerator.events.ChangeTeamFormed;
import org.equityaccelerator.events.ConsentRecorded;
import org.equityaccelerator.events.CohortClosed;
import org.equityaccelerator.events.InstrumentAdoptedForCohort;
import org.equityaccelerator.events.ParticipantWithdrew;
import org.equityaccelerator.events.RecommendationEvent;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricEvent;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.equityaccelerator.events.MetricTargetSet;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.CohortPhaseDefined;
import org.equityaccelerator.events.EventEnvelope;
import org.equityaccelerator.events.GoalAbandoned;
import org.equityaccelerator.events.GoalAchieved;
import org.equityaccelerator.events.GoalCommitted;
import org.equityaccelerator.events.GoalDeferred;
import org.equityaccelerator.events.GoalDrafted;
import org.equityaccelerator.events.GoalEvent;
import org.equityaccelerator.events.GoalRevised;
import org.equityaccelerator.events.ParticipantEnrolled;
import org.equityaccelerator.events.ParticipantEvent;
import org.equityaccelerator.events.ProcessChangeAdopted;
import org.equityaccelerator.events.ProcessChangeEvent;
import org.equityaccelerator.events.ProcessChangeImplemented;
import org.equityaccelerator.events.ProcessChangeInstitutionalized;
import org.equityaccelerator.events.ProcessChangeRecorded;
import org.equityaccelerator.events.AttendanceCorrected;
import org.equityaccelerator.events.AttendanceRecorded;
import org.equityaccelerator.events.SessionCancelled;
import org.equityaccelerator.events.SessionEvent;
import org.equityaccelerator.events.SessionHeld;
import org.equityaccelerator.events.SessionRescheduled;
import org.equityaccelerator.events.SessionScheduled;
import org.equityaccelerator.events.TeamActivated;
import org.equityaccelerator.events.TeamMemberAdded;
import org.equityaccelerator.events.TeamMemberRemoved;

import java.util.Comparator;
import java.util.List;

/**
 * {@code view' = apply(view, event)} for the regional view of the event's cohort: no clock, no lookups. Every
 * participant event names its cohort, so the fold needs nothing but the events. The view passed in is updated and
 * returned.
 */
public final class RegionalProgressFold {
    private RegionalProgressFold() {
    }

    /** True for events that belong to a cohort (the view is keyed by the event's cohort id). */
    public static boolean appliesTo(EventEnvelope event) {
        return event.data().cohortId() != null;
    }

    /** Folds events from nothing, as a rebuild or an as-of view does; null when none of them applies. */
    public static RegionalProgress replay(Iterable<EventEnvelope> events) {
        RegionalProgress view = null;
        for (EventEnvelope event : events) {
            if (appliesTo(event)) {
                view = apply(view, event);
            }
        }
        return view;
    }

    public static RegionalProgress apply(RegionalProgress view, EventEnvelope event) {
        RegionalProgress v = view == null ? new RegionalProgress() : view;
        Object data = event.data();
        RegionalProgress.ParticipantTally touched =
                data instanceof ParticipantEvent e ? tally(v, e.participantId()) : null;
        int allRolesBefore = touched != null && hasAllRequiredRoles(v, touched) ? 1 : 0;
        int withGoalBefore = touched != null && touched.goalsCommitted > 0 ? 1 : 0;
        int achievedBefore = touched == null ? 0 : achieved(touched);
        int activeBefore = touched != null && touched.teamActive ? 1 : 0;
        int[] barriersBefore = touched == null ? new int[3] : barrierCounts(touched);
        java.util.Map<String, Integer> inEffectBefore = touched == null ? java.util.Map.of() : inEffect(touched);
        if (data instanceof CohortOpened e) {
            v.cohortId = e.cohortId();
            v.programId = e.programId();
            v.label = e.label();
            v.region = e.region();
            v.startDate = e.startDate();
            v.endDate = e.endDate();
            v.requiredRoles = e.requiredRoles();
            v.minReportingParticipants = e.minReportingParticipants();
        } else if (data instanceof CohortPhaseDefined e) {
            v.phases.add(new RegionalProgress.Phase(e.phaseId(), e.name(), e.startDate(), e.endDate(), e.expectation()));
            v.phases.sort(Comparator.comparing(RegionalProgress.Phase::startDate));
        } else if (data instanceof CohortClosed e) {
            v.status = "CLOSED";
            v.closedOn = e.occurredOn();
        } else if (data instanceof RecommendationEvent e) {
            RecommendationFold.apply(v.recommendations.computeIfAbsent(e.recommendationId(),
                    id -> new RegionalProgress.Recommendation()), e);
        } else if (data instanceof InstrumentAdoptedForCohort e) {
            v.instruments.put(e.instrumentId() + "@" + e.version(), e.administrations());
        } else if (data instanceof MetricAdoptedForCohort e) {
            v.metricDefinitions.put(e.metricId(), new RegionalProgress.MetricDefinition(e.name(), e.unit(),
                    e.polarity(), e.frequency(), e.aggregation(), e.threshold(), e.category(),
                    e.numeratorDefinition(), e.denominatorDefinition(), e.definitionNotes()));
        } else if (data instanceof SessionScheduled e) {
            RegionalProgress.Session session = new RegionalProgress.Session();
            session.sessionId = e.sessionId();
            session.seq = e.seq();
            session.title = e.title();
            session.scheduledFor = e.scheduledFor();
            session.datePrecision = e.datePrecision();
            session.phaseId = e.phaseId();
            v.sessions.add(session);
            v.sessions.sort(Comparator.comparingInt(s -> s.seq));
        } else if (data instanceof SessionEvent e) {
            RegionalProgress.Session session = session(v, e.sessionId());
            if (data instanceof SessionRescheduled r) {
                session.scheduledFor = r.newDate();
                session.reschedulings++;
            } else if (data instanceof SessionHeld h) {
                session.status = "HELD";
                session.heldOn = h.occurredOn();
            } else if (data instanceof SessionCancelled) {
                session.status = "CANCELLED";
            } else if (data instanceof AttendanceRecorded a) {
                session.attendees.put(a.participantId(), a.attendeeCount());
            } else if (data instanceof AttendanceCorrected a) {
                session.attendees.put(a.participantId(), a.attendeeCount());
            }
        } else if (data instanceof ParticipantEnrolled e) {
            v.cohortId = e.cohortId();
            RegionalProgress.ParticipantTally tally = tally(v, e.participantId());
            tally.orgId = e.orgId();
            tally.orgName = e.orgName();
            tally.displayName = displayName(tally);
            v.participantsEnrolled++;
            v.participantsActive = v.participantsEnrolled - v.participantsWithdrawn;
        } else if (data instanceof ParticipantWithdrew) {
            touched.withdrawn = true;
            v.participantsWithdrawn++;
            v.participantsActive = v.participantsEnrolled - v.participantsWithdrawn;
        } else if (data instanceof ConsentRecorded e) {
            touched.consentScope = e.scope();
            touched.displayName = displayName(touched);
        } else if (data instanceof ChangeTeamFormed e) {
            tally(v, e.participantId()).teamFormed = true;
            v.teamsFormed++;
            v.medianTeamSize = medianTeamSize(v);
        } else if (data instanceof TeamMemberAdded e) {
            touched.members.put(e.memberRef(), e.role());
            touched.rolesCovered = new java.util.TreeSet<>(touched.members.values());
            v.medianTeamSize = medianTeamSize(v);
        } else if (data instanceof TeamMemberRemoved e) {
            touched.members.remove(e.memberRef());
            touched.rolesCovered = new java.util.TreeSet<>(touched.members.values());
            v.medianTeamSize = medianTeamSize(v);
        } else if (data instanceof TeamActivated) {
            touched.teamActive = true;
        } else if (data instanceof BarrierIdentified e) {
            touched.barriers.put(e.barrierId(), "IDENTIFIED");
        } else if (data instanceof BarrierAddressed e) {
            touched.barriers.put(e.barrierId(), "ADDRESSED");
        } else if (data instanceof BarrierAccepted e) {
            touched.barriers.put(e.barrierId(), "ACCEPTED");
        } else if (data instanceof GoalCommitted e) {
            touched.goalsCommitted++;
            touched.goalStatus.put(e.goalId(), "OPEN");
            touched.goalTargets.put(e.goalId(), e.targetDate());
            v.goalsCommitted++;
        } else if (data instanceof GoalEvent e) {
            if (data instanceof GoalDrafted d) {
                v.goalsDrafted++;
                d.tags().forEach(tag -> v.goalsByTag.merge(tag, 1, Integer::sum));
            } else if (data instanceof GoalDeferred d) {
                touched.goalTargets.put(d.goalId(), d.newTargetDate());
            } else if (data instanceof GoalRevised r && r.field().equals("TARGET_DATE")) {
                touched.goalTargets.put(r.goalId(), java.time.LocalDate.parse(r.newValue()));
            }
            touched.goalStatus.put(e.goalId(), statusAfter(e, touched.goalStatus.get(e.goalId())));
        } else if (data instanceof AssessmentCompleted e) {
            boolean firstCompletion = e.revision() == 1; // a re-completion after a reopen replaces the scores only
            if (firstCompletion) {
                touched.assessmentsCompleted++;
                v.assessmentsCompleted++;
                v.assessmentsByAdministration.merge(e.administration(), 1, Integer::sum);
            }
            java.util.TreeMap<String, java.math.BigDecimal> items = e.itemLevels() == null
                    ? new java.util.TreeMap<>() : new java.util.TreeMap<>(e.itemLevels());
            touched.scoringRule = e.scoringRule();
            if (e.administration().equals("BASELINE")) {
                touched.baselineScores = new java.util.TreeMap<>(e.domainScores());
                touched.hasBaseline = true;
                if (touched.latestOn == null) {
                    touched.latestItemLevels = items;
                }
            } else if (touched.latestOn == null || !e.occurredOn().isBefore(touched.latestOn)) {
                touched.latestScores = new java.util.TreeMap<>(e.domainScores());
                touched.latestItemLevels = items;
                touched.latestOn = e.occurredOn();
            }
            summarizeDomains(v);
        } else if (data instanceof MetricEvent e) {
            RegionalProgress.TallyMetric m = touched.metrics.computeIfAbsent(e.metricId(),
                    id -> new RegionalProgress.TallyMetric());
            if (data instanceof MetricBaselineSet b) {
                m.baseline = b.value();
                m.baselinePeriod = b.period();
                m.values.put(b.period(), java.util.Arrays.asList(b.value(), b.numerator(), b.denominator()));
            } else if (data instanceof MetricTargetSet t) {
                m.target = t.value();
            } else if (data instanceof MetricObservationRecorded o) {
                m.values.put(o.period(), java.util.Arrays.asList(o.value(), o.numerator(), o.denominator()));
            } else if (data instanceof MetricObservationCorrected c) {
                m.values.put(c.period(), java.util.Arrays.asList(c.value(), c.numerator(), c.denominator()));
                if (c.period().equals(m.baselinePeriod)) {
                    m.baseline = c.value();
                }
            }
            v.metrics.put(e.metricId(), MetricRollup.of(v.metricDefinitions.get(e.metricId()), e.metricId(),
                    v.participants, v.minReportingParticipants));
        } else if (data instanceof ProcessChangeRecorded e) {
            touched.processChangesRecorded++;
            touched.changes.put(e.processChangeId(), List.of(e.changeType(), e.status()));
            touched.changesByLifecycleStage.merge(e.lifecycleStage(), 1, Integer::sum);
            v.processChangesRecorded++;
            v.processChangesByLifecycleStage.merge(e.lifecycleStage(), 1, Integer::sum);
            v.processChangesByChangeType.merge(e.changeType(), 1, Integer::sum);
        } else if (data instanceof ProcessChangeEvent e) {
            List<String> change = touched.changes.get(e.processChangeId());
            String type = change == null ? "UNKNOWN" : change.get(0);
            touched.changes.put(e.processChangeId(), List.of(type, statusAfter(e)));
        } else {
            counted(v, event); // e.g. a single item response: no regional figure moves, but the event was applied
            return v;
        }
        counted(v, event);
        if (data instanceof SessionEvent || data instanceof ParticipantEnrolled) {
            countSessions(v); // attendance rates depend on sessions and on how many are enrolled
        }
        if (touched == null) {
            derive(v); // the required roles may have just become known: recount every team
        } else {
            v.teamsWithAllRequiredRoles += (hasAllRequiredRoles(v, touched) ? 1 : 0) - allRolesBefore;
            v.participantsWithCommittedGoal += (touched.goalsCommitted > 0 ? 1 : 0) - withGoalBefore;
            adjustInEffect(v, inEffectBefore, inEffect(touched));
            v.teamsActive += (touched.teamActive ? 1 : 0) - activeBefore;
            int[] barriersAfter = barrierCounts(touched);
            v.barriersIdentified += barriersAfter[0] - barriersBefore[0];
            v.barriersAddressed += barriersAfter[1] - barriersBefore[1];
            v.barriersOpen += barriersAfter[2] - barriersBefore[2];
            int achievedAfter = achieved(touched);
            v.goalsAchieved += achievedAfter - achievedBefore;
            v.participantsWithAchievedGoal += (achievedAfter > 0 ? 1 : 0) - (achievedBefore > 0 ? 1 : 0);
        }
        // after every count above has moved, so that it never lags one event behind
        v.percentTeamsWithAllRequiredRoles = v.teamsFormed == 0 ? null
                : Math.round(100f * v.teamsWithAllRequiredRoles / v.teamsFormed);
        return v;
    }

    private static void counted(RegionalProgress v, EventEnvelope event) {
        if (v.lastRecordedAt == null || event.time().isAfter(v.lastRecordedAt)) {
            v.lastRecordedAt = event.time();
        }
        v.eventsApplied++;
    }

    /** Median size of the teams formed so far. */
    private static java.math.BigDecimal medianTeamSize(RegionalProgress v) {
        return median(v.participants.values().stream().filter(t -> t.teamFormed)
                .map(t -> java.math.BigDecimal.valueOf(t.members.size())).toList());
    }

    private static boolean hasAllRequiredRoles(RegionalProgress v, RegionalProgress.ParticipantTally tally) {
        return tally.teamFormed && tally.rolesCovered.containsAll(v.requiredRoles);
    }

    /** Only what the regional figures need: whether a goal is achieved (revisions change no status). */
    private static String statusAfter(GoalEvent event, String current) {
        if (event instanceof GoalAchieved) {
            return "ACHIEVED";
        }
        if (event instanceof GoalAbandoned) {
            return "ABANDONED";
        }
        if (event instanceof GoalDrafted) {
            return "DRAFTED";
        }
        if (event instanceof GoalRevised) {
            return current;
        }
        return "OPEN"; // committed, checked in, deferred or reopened
    }

    private static String statusAfter(ProcessChangeEvent event) {
        if (event instanceof ProcessChangeAdopted) {
            return "ADOPTED";
        }
        if (event instanceof ProcessChangeImplemented) {
            return "IMPLEMENTED";
        }
        if (event instanceof ProcessChangeInstitutionalized) {
            return "INSTITUTIONALIZED";
        }
        return "ROLLED_BACK";
    }

    /** Change type -> number of this participant's changes of that type in effect. */
    private static java.util.Map<String, Integer> inEffect(RegionalProgress.ParticipantTally tally) {
        java.util.Map<String, Integer> types = new java.util.HashMap<>();
        for (List<String> change : tally.changes.values()) {
            if (change.get(1).equals("IMPLEMENTED") || change.get(1).equals("INSTITUTIONALIZED")) {
                types.merge(change.get(0), 1, Integer::sum);
            }
        }
        return types;
    }

    private static void adjustInEffect(RegionalProgress v, java.util.Map<String, Integer> before,
                                       java.util.Map<String, Integer> after) {
        int countBefore = before.values().stream().mapToInt(Integer::intValue).sum();
        int countAfter = after.values().stream().mapToInt(Integer::intValue).sum();
        v.processChangesInEffect += countAfter - countBefore;
        v.participantsWithChangeInEffect += (countAfter > 0 ? 1 : 0) - (countBefore > 0 ? 1 : 0);
        java.util.Set<String> types = new java.util.HashSet<>(before.keySet());
        types.addAll(after.keySet());
        for (String type : types) {
            int delta = (after.containsKey(type) ? 1 : 0) - (before.containsKey(type) ? 1 : 0);
            if (delta != 0) {
                int participants = v.adoptionMatrix.getOrDefault(type, 0) + delta;
                if (participants == 0) {
                    v.adoptionMatrix.remove(type);
                } else {
                    v.adoptionMatrix.put(type, participants);
                }
            }
        }
    }

    private static int achieved(RegionalProgress.ParticipantTally tally) {
        int achieved = 0;
        for (String status : tally.goalStatus.values()) {
            if (status.equals("ACHIEVED")) {
                achieved++;
            }
        }
        return achieved;
    }

    /** identified, addressed, open. */
    private static int[] barrierCounts(RegionalProgress.ParticipantTally tally) {
        int addressed = 0;
        int open = 0;
        for (String status : tally.barriers.values()) {
            addressed += status.equals("ADDRESSED") ? 1 : 0;
            open += status.equals("IDENTIFIED") ? 1 : 0;
        }
        return new int[]{tally.barriers.size(), addressed, open};
    }

    private static RegionalProgress.Session session(RegionalProgress v, String sessionId) {
        for (RegionalProgress.Session session : v.sessions) {
            if (session.sessionId.equals(sessionId)) {
                return session;
            }
        }
        // scheduled in an event not seen yet: cannot happen within one stream, but a fold must not fail
        RegionalProgress.Session session = new RegionalProgress.Session();
        session.sessionId = sessionId;
        v.sessions.add(session);
        return session;
    }

    /** Teams present (with at least one attendee) over participants enrolled; recounted as enrolments arrive. */
    private static void countSessions(RegionalProgress v) {
        int held = 0;
        int cancelled = 0;
        for (RegionalProgress.Session session : v.sessions) {
            session.teamsPresent = (int) session.attendees.values().stream().filter(n -> n > 0).count();
            boolean isHeld = "HELD".equals(session.status);
            session.attendanceRate = !isHeld || v.participantsEnrolled == 0 ? null
                    : (int) Math.round(100.0 * session.teamsPresent / v.participantsEnrolled);
            held += isHeld ? 1 : 0;
            cancelled += "CANCELLED".equals(session.status) ? 1 : 0;
        }
        v.sessionsHeld = held;
        v.sessionsCancelled = cancelled;
    }

    private static String displayName(RegionalProgress.ParticipantTally tally) {
        return "REGIONAL_NAMED".equals(tally.consentScope) && tally.orgName != null ? tally.orgName
                : RegionalProgress.ANONYMOUS;
    }

    /** Medians per domain over the participants that reported; suppressed below the cohort's minimum. */
    private static void summarizeDomains(RegionalProgress v) {
        java.util.Map<String, List<java.math.BigDecimal>> baseline = new java.util.TreeMap<>();
        java.util.Map<String, List<java.math.BigDecimal>> latest = new java.util.TreeMap<>();
        java.util.Map<String, List<java.math.BigDecimal>> change = new java.util.TreeMap<>();
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            tally.baselineScores.forEach((d, s) -> baseline.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(s));
            tally.latestScores.forEach((d, s) -> {
                latest.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(s);
                java.math.BigDecimal before = tally.baselineScores.get(d);
                if (before != null) {
                    change.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(s.subtract(before));
                }
            });
        }
        v.participantsWithBaseline = (int) v.participants.values().stream().filter(t -> t.hasBaseline).count();
        v.participantsWithFollowUp = (int) v.participants.values().stream().filter(t -> t.latestOn != null).count();
        v.lowestItems = lowestItems(v);
        v.assessmentDomains.clear();
        java.util.Set<String> domains = new java.util.TreeSet<>(baseline.keySet());
        domains.addAll(latest.keySet());
        for (String domain : domains) {
            List<java.math.BigDecimal> b = baseline.getOrDefault(domain, List.of());
            List<java.math.BigDecimal> l = latest.getOrDefault(domain, List.of());
            boolean suppressed = b.size() < v.minReportingParticipants;
            boolean followUpSuppressed = l.size() < v.minReportingParticipants;
            java.util.TreeMap<String, Integer> stages = stageDistribution(v, domain);
            v.assessmentDomains.put(domain, new RegionalProgress.DomainSummary(b.size(),
                    suppressed ? null : median(b), suppressed, l.size(), followUpSuppressed ? null : median(l),
                    followUpSuppressed || change.getOrDefault(domain, List.of()).size() < v.minReportingParticipants
                            ? null : median(change.getOrDefault(domain, List.of())), followUpSuppressed,
                    stages));
        }
    }

    /**
     * Participants by the whole number their latest score of the domain reached (the latest follow-up, else the
     * baseline): the level for scales valued 0, 1, 2... as the Foundational Practices scale; for level-valued rules
     * only (mean of items, gated stage; percentages have no level). Null below the minimum.
     */
    private static java.util.TreeMap<String, Integer> stageDistribution(RegionalProgress v, String domain) {
        java.util.TreeMap<String, Integer> stages = new java.util.TreeMap<>();
        int counted = 0;
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            java.math.BigDecimal score = tally.latestScores.getOrDefault(domain, tally.baselineScores.get(domain));
            if (score == null || "PERCENT_AT_OR_ABOVE_LEVEL".equals(tally.scoringRule)) {
                continue;
            }
            stages.merge(score.setScale(0, java.math.RoundingMode.FLOOR).toPlainString(), 1, Integer::sum);
            counted++;
        }
        return counted < v.minReportingParticipants ? null : stages;
    }

    /**
     * The three items with the lowest mean level over the participants' latest completed assessments; an item
     * answered by fewer participants than the cohort's minimum is left out (its mean could identify one of them).
     */
    private static List<RegionalProgress.ItemLevel> lowestItems(RegionalProgress v) {
        java.util.Map<String, List<java.math.BigDecimal>> levels = new java.util.TreeMap<>();
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            tally.latestItemLevels.forEach((item, level) ->
                    levels.computeIfAbsent(item, k -> new java.util.ArrayList<>()).add(level));
        }
        return levels.entrySet().stream().filter(e -> e.getValue().size() >= v.minReportingParticipants)
                .map(e -> new RegionalProgress.ItemLevel(e.getKey(), e.getValue().stream()
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                        .divide(java.math.BigDecimal.valueOf(e.getValue().size()), 2, java.math.RoundingMode.HALF_UP),
                        e.getValue().size()))
                .sorted(Comparator.comparing(RegionalProgress.ItemLevel::meanLevel)
                        .thenComparing(RegionalProgress.ItemLevel::itemKey))
                .limit(3).toList();
    }

    private static java.math.BigDecimal median(List<java.math.BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<java.math.BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        java.math.BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(java.math.BigDecimal.valueOf(2));
        return median.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void derive(RegionalProgress v) {
        int allRoles = 0;
        int withGoal = 0;
        int achievedGoals = 0;
        int withAchieved = 0;
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            int achieved = achieved(tally);
            achievedGoals += achieved;
            withAchieved += achieved > 0 ? 1 : 0;
            if (hasAllRequiredRoles(v, tally)) {
                allRoles++;
            }
            if (tally.goalsCommitted > 0) {
                withGoal++;
            }
        }
        v.teamsWithAllRequiredRoles = allRoles;
        v.participantsWithCommittedGoal = withGoal;
        v.goalsAchieved = achievedGoals;
        v.participantsWithAchievedGoal = withAchieved;
        v.teamsActive = (int) v.participants.values().stream().filter(t -> t.teamActive).count();
        int[] barriers = new int[3];
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            int[] counts = barrierCounts(tally);
            for (int i = 0; i < 3; i++) {
                barriers[i] += counts[i];
            }
        }
        v.barriersIdentified = barriers[0];
        v.barriersAddressed = barriers[1];
        v.barriersOpen = barriers[2];
        v.processChangesInEffect = 0;
        v.participantsWithChangeInEffect = 0;
        v.adoptionMatrix.clear();
        for (RegionalProgress.ParticipantTally tally : v.participants.values()) {
            adjustInEffect(v, java.util.Map.of(), inEffect(tally));
        }
        summarizeDomains(v); // the minimum may have just become known
        java.util.Set<String> metricIds = new java.util.TreeSet<>(v.metricDefinitions.keySet());
        v.participants.values().forEach(t -> metricIds.addAll(t.metrics.keySet()));
        for (String metricId : metricIds) {
            v.metrics.put(metricId, MetricRollup.of(v.metricDefinitions.get(metricId), metricId, v.participants,
                    v.minReportingParticipants));
        }
    }

    /** Created by whichever of the participant's events arrives first. */
    private static RegionalProgress.ParticipantTally tally(RegionalProgress v, String participantId) {
        return v.participants.computeIfAbsent(participantId, id -> new RegionalProgress.ParticipantTally());
    }
}
