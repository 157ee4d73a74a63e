package org.equityaccelerator.query.participant;

import org.equityaccelerator.events.AssessmentCompleted;
import org.equityaccelerator.events.AssessmentReopened;
import org.equityaccelerator.events.AssessmentStarted;
import org.equityaccelerator.events.ItemResponseAmended;
import org.equityaccelerator.events.ItemResponseRecorded;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assessment block of the participant view: each administration's progress and frozen scores, the baseline, the
 * latest completed follow-up, and the per-domain change between them.
 */
final class AssessmentFold {
    private AssessmentFold() {
    }

    static boolean appliesTo(Object data) {
        return data instanceof AssessmentStarted || data instanceof ItemResponseRecorded
                || data instanceof AssessmentCompleted || data instanceof AssessmentReopened
                || data instanceof ItemResponseAmended;
    }

    static void apply(ParticipantProgress v, Object data) {
        if (data instanceof AssessmentStarted e) {
            ParticipantProgress.Assessment a = administration(v, e.assessmentId(), e.instrumentId(),
                    e.instrumentVersion(), e.administration());
            a.status = "IN_PROGRESS";
            a.startedOn = e.occurredOn();
            a.itemCount = e.itemCount();
            a.requiredItemCount = e.requiredItemCount();
            answered(a);
        } else if (data instanceof ItemResponseRecorded e) {
            ParticipantProgress.Assessment a = assessment(v, e.assessmentId());
            a.answerRanks.put(e.itemKey(), e.levelRank());
            answered(a);
        } else if (data instanceof ItemResponseAmended e) {
            ParticipantProgress.Assessment a = assessment(v, e.assessmentId());
            a.answerRanks.put(e.itemKey(), e.newLevelRank());
            answered(a);
        } else if (data instanceof AssessmentReopened e) {
            ParticipantProgress.Assessment a = assessment(v, e.assessmentId());
            a.status = "REOPENED";
            answered(a);
        } else if (data instanceof AssessmentCompleted e) {
            // a v1.0 completion arrives without a start: it brings everything the view knows of the administration
            ParticipantProgress.Assessment a = administration(v, e.assessmentId(), e.instrumentId(),
                    e.instrumentVersion(), e.administration());
            a.status = "COMPLETED";
            a.completedOn = e.occurredOn();
            a.revision = e.revision();
            a.domainScores = new TreeMap<>(e.domainScores());
            a.overallScore = e.overallScore();
            a.stage = e.stage();
            answered(a);
            summarize(v);
        }
    }

    private static ParticipantProgress.Assessment administration(ParticipantProgress v, String assessmentId,
                                                                 String instrumentId, String version,
                                                                 String administration) {
        ParticipantProgress.Assessment a = assessment(v, assessmentId);
        a.instrumentId = instrumentId;
        a.instrumentVersion = version;
        a.administration = administration;
        return a;
    }

    private static ParticipantProgress.Assessment assessment(ParticipantProgress v, String assessmentId) {
        for (ParticipantProgress.Assessment a : v.assessments) {
            if (a.assessmentId.equals(assessmentId)) {
                return a;
            }
        }
        ParticipantProgress.Assessment a = new ParticipantProgress.Assessment();
        a.assessmentId = assessmentId;
        v.assessments.add(a);
        return a;
    }

    private static void answered(ParticipantProgress.Assessment a) {
        a.answered = a.answerRanks.size();
        a.itemsAtLowestLevel = (int) a.answerRanks.values().stream().filter(r -> Objects.equals(r, 0)).count();
        boolean open = !"COMPLETED".equals(a.status);
        a.percentAnswered = open && a.itemCount != null && a.itemCount > 0
                ? Math.round(100f * a.answered / a.itemCount) : null;
    }

    /** Baseline, latest completed follow-up (by completion date) and the change of every domain both scored. */
    private static void summarize(ParticipantProgress v) {
        ParticipantProgress.Assessment baseline = null;
        ParticipantProgress.Assessment latest = null;
        for (ParticipantProgress.Assessment a : v.assessments) {
            if (!"COMPLETED".equals(a.status)) {
                continue;
            }
            if ("BASELINE".equals(a.administration)) {
                baseline = a;
            } else if (latest == null || !a.completedOn.isBefore(latest.completedOn)) {
                latest = a;
            }
        }
        ParticipantProgress.AssessmentSummary summary = new ParticipantProgress.AssessmentSummary();
        summary.baseline = result(baseline);
        summary.latestFollowUp = result(latest);
        Map<String, BigDecimal> before = baseline == null ? Map.of() : baseline.domainScores;
        Map<String, BigDecimal> after = latest == null ? Map.of() : latest.domainScores;
        Set<String> domains = new TreeSet<>(before.keySet());
        domains.addAll(after.keySet());
        for (String domain : domains) {
            BigDecimal b = before.get(domain);
            BigDecimal l = after.get(domain);
            summary.domains.put(domain, new ParticipantProgress.DomainChange(b, l,
                    b == null || l == null ? null : l.subtract(b)));
        }
        v.assessmentSummary = summary;
    }

    private static ParticipantProgress.AssessmentResult result(ParticipantProgress.Assessment a) {
        return a == null ? null : new ParticipantProgress.AssessmentResult(a.assessmentId,
                a.instrumentId + "@" + a.instrumentVersion, a.administration, a.completedOn, a.overallScore, a.stage);
    }
}
