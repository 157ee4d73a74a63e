package org.equityaccelerator.local;

import java.io.IOException;
import java.util.List;

/**
 * The demo's disaggregated metric (all numbers synthetic): the share of CBO applications awarded, by the main language
 * of the community the CBO serves, reference group ENGLISH, for LHJ-A..LHJ-D. Counts are applications, so each group's
 * denominator is its cell count; LHJ-C's OTHER cell of 2023-Q3 (7 applications) is below the cohort's minimum cell
 * count (11) and is suppressed in every regional figure and export.
 */
final class DemoDisparities {
    static final String METRIC = "M-AWARD-RATE-LANG";
    /** Per LHJ: awarded/applications for ENGLISH, SPANISH, OTHER at baseline 2023-Q2, then in 2023-Q3. */
    static final int[][][] AWARDS = {
            {{24, 40, 9, 25, 3, 12}, {26, 42, 13, 27, 5, 13}},
            {{30, 50, 10, 30, 4, 11}, {31, 50, 14, 31, 4, 12}},
            {{18, 30, 6, 20, 2, 11}, {20, 32, 9, 22, 3, 7}},
            {{22, 36, 8, 24, 3, 11}, {22, 35, 7, 25, 3, 12}}};
    static final String[] GROUPS = {"ENGLISH", "SPANISH", "OTHER"};

    /** Sends one command; the demo's own poster (which checks the answer is 201). */
    interface Post {
        String send(String path, String json) throws IOException, InterruptedException;
    }

    private final Post post;

    DemoDisparities(Post post) {
        this.post = post;
    }

    void load(String cohort, List<String> participants) throws IOException, InterruptedException {
        post.send("/cohorts/" + cohort + "/metrics", """
                {"metricId":"%s","version":"1.0",
                 "name":"%% of CBO applications awarded, by language of the community served","unit":"PERCENT",
                 "polarity":"HIGHER_IS_BETTER","frequency":"QUARTER","aggregation":"POOLED_RATIO",
                 "category":"HOW_WELL","numeratorDefinition":"CBO applications awarded",
                 "denominatorDefinition":"CBO applications received",
                 "definitionNotes":"language: the main language of the community the CBO serves (synthetic)",
                 "disaggregations":[{"dimension":"LANGUAGE","groups":["ENGLISH","SPANISH","OTHER"],
                                     "referenceGroup":"ENGLISH"}],
                 "occurredOn":"2023-08-01"}""".formatted(METRIC));
        for (int p = 0; p < AWARDS.length; p++) {
            String base = "/participants/" + participants.get(p) + "/metrics/" + METRIC;
            post.send(base + "/baseline", reading("2023-Q2", AWARDS[p][0], "2023-08-10"));
            post.send(base + "/observations", reading("2023-Q3", AWARDS[p][1], "2023-10-20"));
        }
    }

    private static String reading(String period, int[] awards, String on) {
        StringBuilder groups = new StringBuilder();
        int awarded = 0;
        int applications = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            groups.append(g == 0 ? "" : ",").append("""
                    {"dimension":"LANGUAGE","group":"%s","numerator":%d,"denominator":%d}"""
                    .formatted(GROUPS[g], awards[2 * g], awards[2 * g + 1]));
            awarded += awards[2 * g];
            applications += awards[2 * g + 1];
        }
        return """
                {"period":"%s","numerator":%d,"denominator":%d,"source":"grants register (synthetic)",
                 "groups":[%s],"occurredOn":"%s"}""".formatted(period, awarded, applications, groups, on);
    }
}
