package org.equityaccelerator.query.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-jurisdiction (participant) progress view. A plain document: {@link ParticipantProgressFold} is the only code
 * that changes it, and the same fold serves the live projection and any replay.
 */
public class ParticipantProgress {
    public String participantId;
    public String cohortId;
    public String programId;
    public String orgId;
    public String orgName;
    public String orgType;
    public LocalDate enrolledOn;
    /** ENROLLED, or WITHDRAWN (with the date and the reason). */
    public String enrolmentStatus;
    public LocalDate withdrawnOn;
    public String withdrawalReason;
    /** REGIONAL_NAMED or AGGREGATE_ONLY; null (treated as AGGREGATE_ONLY) until recorded. */
    public String consentScope;
    public Team team = new Team();
    /** Sessions held since enrolment and attended; computed when served, from the cohort's session calendar. */
    public Participation participation;
    public CommunityEngagement communityEngagement = new CommunityEngagement();
    public Goals goals = new Goals();
    public List<Assessment> assessments = new ArrayList<>();
    public AssessmentSummary assessmentSummary = new AssessmentSummary();
    public ProcessChanges processChanges = new ProcessChanges();
    public Barriers barriers = new Barriers();
    /** Per adopted metric the participant reports. */
    public TreeMap<String, MetricSeries> metrics = new TreeMap<>();
    /** Data-quality footer: metric values submitted and waiting for review. */
    public int pendingApprovals;
    /** Data-quality footer: metric corrections and goal revisions/deferrals (each kept the old value). */
    public int corrections;
    public int revisions;
    /** Recorded time of the last event applied (data-quality footer). */
    public Instant lastRecordedAt;
    public String lastActor;
    public long eventsApplied;

    public static class Team {
        public boolean formed;
        public LocalDate formedOn;
        /** FORMED, then ACTIVE once it met the cohort's rules. */
        public String status;
        public LocalDate activatedOn;
        /** Pseudonymous member reference -> role. */
        public TreeMap<String, String> members = new TreeMap<>();
        public int size;
        /** Members per role, e.g. {"CONTRACTING_PROCUREMENT_OFFICER": 1}. */
        public TreeMap<String, Integer> membersByRole = new TreeMap<>();
        public TreeSet<String> rolesCovered = new TreeSet<>();
    }

    /** Attendance % = sessions attended / sessions held since enrolment. */
    public record Participation(int sessionsHeld, int sessionsAttended, Integer attendancePercent,
                                String lastSessionAttended, LocalDate lastAttendedOn) {
    }

    public static class CommunityEngagement {
        public int activities;
        public int peopleEngaged;
        public TreeSet<String> languages = new TreeSet<>();
        public TreeMap<String, Integer> byActivityType = new TreeMap<>();
    }

    public static class Goals {
        /** Goals ever committed (the denominator of percentAchieved). */
        public int committed;
        public int achieved;
        /** achieved / committed, rounded; null before any commitment. */
        public Integer percentAchieved;
        /** Served figure: open goals past their target date on the date the view is served for. */
        public Integer overdue;
        public TreeMap<String, Integer> byStatus = new TreeMap<>();
        public List<Goal> items = new ArrayList<>();
    }

    public static class Goal {
        public String goalId;
        public String title;
        public List<String> tags = new ArrayList<>();
        /** DRAFTED, COMMITTED, IN_PROGRESS, DEFERRED, ACHIEVED or ABANDONED. */
        public String status;
        public LocalDate targetDate;
        public List<String> successCriteria = new ArrayList<>();
        public String ownerRole;
        public LocalDate committedOn;
        public LocalDate achievedOn;
        public List<String> evidence = new ArrayList<>();
        public CheckIn lastCheckIn;
        public int checkIns;
        /** Revisions and deferrals: each kept its old value in the event. */
        public int revisionCount;
        /** Served figures (depend on the date the view is served for): target date passed, not achieved/abandoned. */
        public Boolean overdue;
        public Long daysSinceLastCheckIn;
    }

    public record CheckIn(LocalDate asOf, String status, int confidence, Integer progressPct) {
    }

    /** One administration of an instrument, as it stands (scores are those of its latest completion). */
    public static class Assessment {
        public String assessmentId;
        public String instrumentId;
        public String instrumentVersion;
        public String administration;
        /** IN_PROGRESS, COMPLETED or REOPENED. */
        public String status;
        public LocalDate startedOn;
        public LocalDate completedOn;
        /** 1 for the first completion, n+1 after each reopen. */
        public int revision;
        public Integer itemCount;
        public Integer requiredItemCount;
        public int answered;
        /** answered / itemCount while in progress or reopened, rounded. */
        public Integer percentAnswered;
        /** Answers at the lowest level of the scale. */
        public int itemsAtLowestLevel;
        public Map<String, BigDecimal> domainScores = new TreeMap<>();
        public BigDecimal overallScore;
        public String stage;
        /** Current answer per item: the level's rank on the scale (0 = lowest), null for "not applicable". */
        public TreeMap<String, Integer> answerRanks = new TreeMap<>();
    }

    /** A completed administration in the assessment summary. */
    public record AssessmentResult(String assessmentId, String instrument, String administration,
                                   LocalDate completedOn, BigDecimal overallScore, String stage) {
    }

    /** Per domain: baseline score, latest follow-up score and the change between them. */
    public record DomainChange(BigDecimal baseline, BigDecimal latest, BigDecimal change) {
    }

    /** The assessment block: baseline, latest follow-up and the per-domain change. */
    public static class AssessmentSummary {
        public AssessmentResult baseline;
        public AssessmentResult latestFollowUp;
        public TreeMap<String, DomainChange> domains = new TreeMap<>();
    }

    public static class MetricSeries {
        /** The definition of % of target as OpenAPI serves it. */
        public static final String PERCENT_OF_TARGET = "Progress from the baseline towards the target, in percent: "
                + "(latest - baseline) / (target - baseline) x 100, rounded, clipped to 0..100 (baseline 15, "
                + "target 35, latest 32: 85). Works for either polarity; it is not latest / target. Null without a "
                + "baseline, a target or a latest value, or when the target equals the baseline.";

        public Reading baseline;
        public Reading target;
        public Reading latest;
        /** Current value per period (corrections replace the value here; the superseded one stays in history). */
        public TreeMap<String, BigDecimal> observations = new TreeMap<>();
        /**
         * % of target: the progress made from the baseline towards the target, in percent, i.e.
         * (latest - baseline) / (target - baseline) x 100, rounded and clipped to 0..100. Baseline 15, target 35,
         * latest 32: 85. It works for either polarity (a lower-is-better target lies below its baseline); it is not
         * latest / target. Null without a baseline, a target or a latest value, or when the target is the baseline.
         */
        @io.swagger.v3.oas.annotations.media.Schema(description = PERCENT_OF_TARGET)
        public Integer percentOfTarget;
        public BigDecimal changeVsBaseline;
        public BigDecimal changeVsBaselinePct;
        public int corrections;
        /** period -> SUBMITTED, APPROVED or RETURNED (absent: not submitted since its last value). */
        public TreeMap<String, String> review = new TreeMap<>();
        /** Served figure: latest consecutive periods that moved in the metric's good direction. */
        public Integer trend;
        /** Served figure: periods since the baseline's that ended without a value. */
        public List<String> periodsMissing;
        /** Current per-group values per period of a disaggregated metric (a correction replaces its period's). */
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        public TreeMap<String, List<org.equityaccelerator.events.GroupValue>> groups = new TreeMap<>();
        /**
         * Served figure of a disaggregated metric: per group of its latest disaggregated period, the value, the gap to
         * the dimension's reference group and whether that gap narrowed since the baseline period.
         */
        public List<Disparity> disparities;
    }

    /**
     * A group's value in {@code period} and its gap to the reference group (group minus reference, in the metric's
     * unit: percentage points for a percentage), the same gap in the baseline period, and whether the gap narrowed:
     * its size (either direction) is smaller now than at baseline; null when either gap is unknown or no period has
     * passed since the baseline. The reference group itself has no gap.
     */
    public record Disparity(String dimension, String group, boolean reference, String period, BigDecimal value,
                            Long count, BigDecimal gap, String baselinePeriod, BigDecimal baselineGap,
                            Boolean narrowed) {
    }

    public record Reading(String period, BigDecimal value) {
    }

    public static class Barriers {
        public int identified;
        public int addressed;
        public int accepted;
        public int open;
        public TreeMap<String, Integer> openByLifecycleStage = new TreeMap<>();
        public List<Barrier> items = new ArrayList<>();
    }

    public static class Barrier {
        public String barrierId;
        public String lifecycleStage;
        public String description;
        public String source;
        public String sessionId;
        public LocalDate identifiedOn;
        /** IDENTIFIED, ADDRESSED or ACCEPTED. */
        public String status;
        public String addressedBy;
        public String acceptedBecause;
    }

    public static class ProcessChanges {
        public int recorded;
        public int communityInformed;
        public TreeMap<String, Integer> byLifecycleStage = new TreeMap<>();
        public TreeMap<String, Integer> byStatus = new TreeMap<>();
        public List<ProcessChange> items = new ArrayList<>();
    }

    public static class ProcessChange {
        public String processChangeId;
        public String changeType;
        public String lifecycleStage;
        public String description;
        /** PROPOSED, ADOPTED, IMPLEMENTED, INSTITUTIONALIZED or ROLLED_BACK. */
        public String status;
        public boolean communityInformed;
        public LocalDate recordedOn;
        public LocalDate adoptedOn;
        public String authority;
        public LocalDate effectiveDate;
        public String policyRef;
    }
}
