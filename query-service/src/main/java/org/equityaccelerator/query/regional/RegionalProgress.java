package org.equityaccelerator.query.regional;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The regional (cohort) equity progress view as served: every field here is published, and only these.
 * {@link RegionalPublication} fills it from the {@link RegionalTallies}, field by field, for the date it is served
 * for; a field added to a tally is published only when it is added here and mapped there (default-deny).
 */
public class RegionalProgress {
    public static final String ANONYMOUS = "Participant (anonymous)";
    public String cohortId;
    public String programId;
    public String label;
    public String region;
    public LocalDate startDate;
    public LocalDate endDate;
    public List<String> requiredRoles = new ArrayList<>();
    /** Aggregates over fewer reporting participants than this are suppressed. */
    public int minReportingParticipants;
    /** A group's value of a disaggregated metric standing for fewer people or records than this is suppressed. */
    public int minCellCount;
    public List<Phase> phases = new ArrayList<>();
    public List<Session> sessions = new ArrayList<>();
    public int sessionsHeld;
    public int sessionsCancelled;
    /** OPEN, or CLOSED on closedOn. */
    public String status;
    public LocalDate closedOn;
    /** Ever enrolled; participantsWithdrawn of them left, participantsActive take part. */
    public int participantsEnrolled;
    public int participantsWithdrawn;
    public int participantsActive;
    public int teamsFormed;
    public int teamsActive;
    public int barriersIdentified;
    public int barriersAddressed;
    public int barriersOpen;
    /** Teams with every role the cohort requires. */
    public int teamsWithAllRequiredRoles;
    /** teamsWithAllRequiredRoles / teamsFormed, rounded; null before any team. */
    public Integer percentTeamsWithAllRequiredRoles;
    public BigDecimal medianTeamSize;
    public int goalsDrafted;
    public int goalsCommitted;
    public int participantsWithCommittedGoal;
    public int goalsAchieved;
    /** Goals per tag (lifecycle stage, HIP category, HAN pillar...), as drafted. */
    public TreeMap<String, Integer> goalsByTag = new TreeMap<>();
    /** Served figure: open goals past their target date on the date the view is served for. */
    public Integer goalsOverdue;
    /** Served figure once the cohort closed: committed goals still open, carried over beyond the cohort. */
    public Integer goalsCarriedOver;
    /** Regional recommendations of the cohort by id. */
    public TreeMap<String, Recommendation> recommendations = new TreeMap<>();
    public int participantsWithAchievedGoal;
    public int assessmentsCompleted;
    public TreeMap<String, Integer> assessmentsByAdministration = new TreeMap<>();
    /** Participants with a completed baseline, and with a completed follow-up (of n enrolled). */
    public int participantsWithBaseline;
    public int participantsWithFollowUp;
    /** The three lowest-scoring items regionally (mean level over the latest completed assessments). */
    public List<ItemLevel> lowestItems = new ArrayList<>();
    /** Per assessment domain: medians of baseline, latest follow-up and change, over reporting participants. */
    public TreeMap<String, DomainSummary> assessmentDomains = new TreeMap<>();
    /** Adopted assessment instruments: instrumentId@version -> administrations. */
    public TreeMap<String, List<String>> instruments = new TreeMap<>();
    public TreeMap<String, MetricDefinition> metricDefinitions = new TreeMap<>();
    /** Per adopted metric, its regional figure. */
    public TreeMap<String, RegionalMetric> metrics = new TreeMap<>();
    /** Per disaggregated metric: per dimension, period and group, the regional value and the gap to the reference. */
    public TreeMap<String, MetricDisparities> disparities = new TreeMap<>();
    /**
     * Over every disaggregated metric, the share of indicators (a participant's non-reference group of a metric) whose
     * disparity gap narrowed since the participant's baseline; null without a disaggregated metric.
     */
    public GapsImproved disparityGapsImproved;
    public int processChangesRecorded;
    public TreeMap<String, Integer> processChangesByLifecycleStage = new TreeMap<>();
    /** Per stage of the program's own process-change stages, in its order (then any other stage recorded). */
    public List<StageFigure> processChangesByStage = new ArrayList<>();
    public TreeMap<String, Integer> processChangesByChangeType = new TreeMap<>();
    /** Changes in effect now (implemented or institutionalized, not rolled back). */
    public int processChangesInEffect;
    public int participantsWithChangeInEffect;
    /** Adoption matrix: change type -> number of participants with such a change in effect ("advance payment: 3/9"). */
    public TreeMap<String, Integer> adoptionMatrix = new TreeMap<>();
    /**
     * One row per participant: by name with REGIONAL_NAMED consent, otherwise anonymous-01, -02... None when fewer
     * participants than the cohort's minimum enrolled ({@link #participantRowsSuppressed}): a row among one or two
     * is one organisation's figures, whatever its label.
     */
    public TreeMap<String, ParticipantRow> participants = new TreeMap<>();
    public boolean participantRowsSuppressed;
    public Instant lastRecordedAt;
    /** Every event of the cohort applied so far, whether or not it moved a figure. */
    public long eventsApplied;

    /**
     * A phase with its figures: sessions scheduled in it (a session's phase, else the phase its date falls in) and
     * held; their pooled attendance rate (teams present over participants taking part, over the held sessions);
     * goals committed and achieved within its dates.
     */
    public record Phase(String phaseId, String name, LocalDate startDate, LocalDate endDate, String expectation,
                        int sessionsScheduled, int sessionsHeld, Integer attendanceRate, int goalsCommitted,
                        int goalsAchieved) {
    }

    /**
     * One of the program's process-change stages (the heat map's columns, in the program's order; the contracting
     * lifecycle when the program declared none): changes recorded and in effect, and the participants with a change
     * in effect in it (adoption by stage).
     */
    public record StageFigure(String stage, int recorded, int inEffect, int participantsWithChangeInEffect) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class Session {
        public String sessionId;
        public int seq;
        public String title;
        public LocalDate scheduledFor;
        public String datePrecision;
        public String phaseId;
        /** KICK_OFF, WORKSHOP, COACHING, SHARING... as scheduled; absent for sessions scheduled without one. */
        public String sessionType;
        /** VIRTUAL, IN_PERSON or HYBRID, as last scheduled or moved; absent when not declared. */
        public String modality;
        /** SCHEDULED, HELD or CANCELLED. */
        public String status;
        public LocalDate heldOn;
        public int reschedulings;
        public int teamsPresent;
        /** Teams present / participants taking part on the day it was held, in percent; null until held. */
        public Integer attendanceRate;
    }

    /**
     * Medians are null and the matching {@code ...Suppressed} is true when fewer participants than the cohort's
     * minimum reported: a small group's figure could identify one organisation.
     */
    public record DomainSummary(int participantsWithBaseline, BigDecimal medianBaseline, boolean baselineSuppressed,
                                int participantsWithFollowUp, BigDecimal medianLatest, BigDecimal medianChange,
                                boolean followUpSuppressed, TreeMap<String, Integer> stageDistribution) {
    }

    public static class Recommendation {
        public String title;
        public String policyArea;
        /** DRAFTED or PUBLISHED. */
        public String status;
        public LocalDate draftedOn;
        public int endorsementsRequired;
        public int endorsements;
        public LocalDate publishedOn;
        /** Names of endorsers with REGIONAL_NAMED consent; the others are counted in anonymousEndorsements. */
        public List<String> endorsedBy;
        public Integer anonymousEndorsements;
    }

    public record ItemLevel(String itemKey, BigDecimal meanLevel, int participants) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MetricDefinition(String name, String unit, String polarity, String frequency, String aggregation,
                                   BigDecimal threshold, String category, String numeratorDefinition,
                                   String denominatorDefinition, String definitionNotes,
                                   List<org.equityaccelerator.events.Disaggregation> disaggregations) {
    }

    /**
     * A metric for its latest reported period: how many participants reported, the regional value by the roll-up
     * rule, and how many improve on their baseline or meet their target; null figures when suppressed.
     */
    public record RegionalMetric(String name, String aggregation, String latestPeriod, int reportingParticipants,
                                 BigDecimal regionalValue, boolean suppressed, Integer participantsImproving,
                                 Integer participantsMeetingTarget, TreeMap<String, PeriodFigure> trend) {
    }

    /** A disaggregated metric's regional figures by dimension, and how many of its indicators' gaps narrowed. */
    public record MetricDisparities(String name, TreeMap<String, DimensionFigures> dimensions, GapsImproved improved) {
    }

    /** One dimension: its reference group and, per period, per group, the regional figure. */
    public record DimensionFigures(String referenceGroup, TreeMap<String, TreeMap<String, GroupFigure>> periods) {
    }

    /**
     * A group's regional figure of one period, rolled up by the metric's rule over the participants' cells that reach
     * the cohort's minimum cell count ({@code cellsSuppressed} did not and take no part); {@code count} is the people
     * or records behind it, {@code gap} the value minus the reference group's. Value, count and gap are null when
     * suppressed: fewer participants than the cohort's minimum, or fewer people than the minimum cell count.
     */
    public record GroupFigure(int reportingParticipants, int cellsSuppressed, Long count, BigDecimal value,
                              BigDecimal gap, boolean suppressed) {
    }

    /**
     * Utah's "percent of indicators whose disparity gap improved": of the {@code indicators} (participant x metric x
     * non-reference group reported in the latest period), {@code assessed} have a gap now and at baseline, none of
     * their cells suppressed; {@code improved} of those narrowed. All four are null when suppressed (the assessed
     * indicators come from fewer participants than the cohort's minimum). The cohort-wide figure adds only the
     * metrics whose own figure is published.
     */
    public record GapsImproved(Integer indicators, Integer assessed, Integer improved, Integer percentImproved,
                               boolean suppressed) {
    }

    /** The regional figure of one period (the trend); null when suppressed. */
    public record PeriodFigure(int reportingParticipants, BigDecimal value, boolean suppressed) {
    }

    /**
     * A participant's row. Without REGIONAL_NAMED consent it is counted but not identifiable: no org id, no ids of
     * its goals or changes, and no organisation's own scores or values in any row.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static class ParticipantRow {
        public String orgId;
        /** The organisation's name with REGIONAL_NAMED consent, otherwise "Participant (anonymous)". */
        public String displayName;
        public String consentScope;
        public boolean hasBaseline;
        public String scoringRule;
        public boolean teamFormed;
        public boolean withdrawn;
        public boolean teamActive;
        public java.util.TreeSet<String> rolesCovered = new java.util.TreeSet<>();
        public int goalsCommitted;
        /** goalId -> status (named participants only). */
        public TreeMap<String, String> goalStatus = new TreeMap<>();
        public int assessmentsCompleted;
        public int processChangesRecorded;
        /** The heat map row: process changes recorded per stage. */
        public TreeMap<String, Integer> changesByLifecycleStage = new TreeMap<>();
        /** processChangeId -> [change type, current status] (named participants only). */
        public TreeMap<String, List<String>> changes = new TreeMap<>();
    }
}
