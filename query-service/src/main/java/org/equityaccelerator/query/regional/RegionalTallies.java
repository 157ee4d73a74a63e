package org.equityaccelerator.query.regional;

import java.time.Instant;
import java.util.TreeMap;

/**
 * What the regional fold keeps of a cohort (the stored document): one tally per area, each a pure fold of its own
 * events. Nothing here is published as is: {@link RegionalPublication} derives the figures from the tallies, once,
 * into a {@link RegionalProgress}.
 */
public class RegionalTallies {
    public CohortTally cohort = new CohortTally();
    public RosterTally roster = new RosterTally();
    public TeamTally teams = new TeamTally();
    public SessionTally sessions = new SessionTally();
    public GoalTally goals = new GoalTally();
    public AssessmentTally assessments = new AssessmentTally();
    public ProcessChangeTally changes = new ProcessChangeTally();
    public BarrierTally barriers = new BarrierTally();
    public MetricTally metrics = new MetricTally();
    public TreeMap<String, RecommendationFold.Recommendation> recommendations = new TreeMap<>();
    public Instant lastRecordedAt;
    /** Every event of the cohort applied so far, whether or not it moved a figure. */
    public long eventsApplied;
}
