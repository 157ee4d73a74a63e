package org.equityaccelerator.local;

import org.equityaccelerator.infra.identity.DemoIdentities;
import org.equityaccelerator.infra.identity.TokenClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The 2023 Regional Equity Accelerator of the Public Health Alliance of Southern California, as in domain-research.md
 * section 6, sent through the public command API. Participants are placeholders (LHJ-A..LHJ-I: the 2023 cohort is not
 * public); scores and counts are synthetic; change types are public examples from other jurisdictions.
 */
public final class DemoData {
    public static final String PROGRAM = "pha-rea";
    public static final String COHORT = "pha-rea-2023";
    static final String[] SESSIONS = {
            "2023-03-01|Understanding Equity in C&P",
            "2023-05-01|Identifying Barriers",
            "2023-06-01|Community-Informed C&P Process Changes",
            "2023-07-01|Action Roadmap for Near-Term Process Change Goals",
            "2023-08-01|Chronic Community Disinvestment through Health Equity Metrics",
            "2023-09-01|Impact Spending & Anchor Institution Framework",
            "2023-10-01|Advancing the Anchor Mission",
            "2023-11-01|Regional Policy & Systems Change Recommendation",
            "2023-12-01|Review, Revise, Rejoice"};
    static final String[] ROLES = {"EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER",
            "CONTRACTING_PROCUREMENT_OFFICER", "FINANCE"};
    /** changeType|lifecycleStage|description|status|communityInformed */
    static final String[] CHANGES = {
            "ADVANCE_PAYMENT|PAYMENT|Up to 25% advance for awards to small CBOs|IMPLEMENTED|true",
            "TRANSLATED_SOLICITATION|ACCESS_SUBMISSION|Solicitations translated into Spanish on request|PROPOSED|true",
            "PROMPT_PAYMENT|PAYMENT|15-day prompt payment standard for CBO invoices|ADOPTED|false",
            "INSURANCE_REQUIREMENT_REDUCED|SOLICITATION_DESIGN|Insurance requirements scaled to contract risk|IMPLEMENTED|false",
            "PLAIN_LANGUAGE|SOLICITATION_DESIGN|Plain-language solicitation templates|IMPLEMENTED|true",
            "APPLICATION_SIMPLIFIED|ACCESS_SUBMISSION|Shorter application with fewer documents|PROPOSED|true",
            "TA_OFFERED|OUTREACH_TA|Pre-bid technical assistance sessions|IMPLEMENTED|true"};

    /** The five metrics of domain-research.md section 6: id|name|unit|polarity|frequency|roll-up|RBA category|adopted. */
    static final String[] METRICS = {
            "M-CBO-SHARE|% of contract and grant dollars to CBOs|PERCENT|HIGHER_IS_BETTER|QUARTER|POOLED_RATIO|HOW_WELL"
                    + "|2023-08-01",
            "M-DAYS-TO-PAY|Median days from invoice to payment|DAYS|LOWER_IS_BETTER|QUARTER|MEDIAN_OF_ORGS|HOW_WELL"
                    + "|2023-08-01",
            "M-HPI-Q1-SHARE|% of CBO dollars to organisations serving HPI quartile-1 areas|PERCENT|HIGHER_IS_BETTER|YEAR"
                    + "|POOLED_RATIO|BETTER_OFF|2023-08-01",
            "M-NEW-CBO|First-time CBO contract holders|COUNT|HIGHER_IS_BETTER|QUARTER|SUM|HOW_MUCH|2023-09-01",
            "M-ADV-PAY-SHARE|% of new CBO awards offering advance payment|PERCENT|HIGHER_IS_BETTER|QUARTER"
                    + "|POOLED_RATIO|HOW_WELL|2023-09-01"};
    /** domainKey|itemKey|text|naAllowed (paraphrased from the public lists of domain-research.md section 6). */
    static final String[] ITEMS = {
            "D1_LEADERSHIP|D1.1|C&P equity goals exist|false",
            "D1_LEADERSHIP|D1.2|Progress is reviewed by a cross-department group|false",
            "D1_LEADERSHIP|D1.3|An executive sponsors the C&P equity work|false",
            "D2_SOLICITATION|D2.1|Plain-language solicitation templates are used|false",
            "D2_SOLICITATION|D2.2|Large scopes are unbundled|false",
            "D2_SOLICITATION|D2.3|Insurance requirements are scaled to risk|false",
            "D3_ACCESS|D3.1|Opportunities are advertised broadly|false",
            "D3_ACCESS|D3.2|Information sessions or Q&A are held|false",
            "D3_ACCESS|D3.3|Technical assistance is offered to applicants|false",
            "D3_ACCESS|D3.4|Materials are translated on request|true",
            "D4_EVALUATION|D4.1|Best-value criteria are used|false",
            "D4_EVALUATION|D4.2|Reviewers include diverse or community members|false",
            "D5_PAYMENT|D5.1|Advance-payment authority exists|false",
            "D5_PAYMENT|D5.2|A prompt-payment standard exists|false",
            "D5_PAYMENT|D5.3|Full-cost reimbursement is allowed|false",
            "D6_REPORTING|D6.1|Reporting is proportionate to the award|false",
            "D6_REPORTING|D6.2|Requirements are disclosed before award|false",
            "D7_DATA|D7.1|Spend is tracked by vendor type and geography|false",
            "D7_DATA|D7.2|Spend is reported regularly|false",
            "D8_COMMUNITY_INVESTMENT|D8.1|Impact-spending goals exist|false",
            "D8_COMMUNITY_INVESTMENT|D8.2|Place-based criteria (e.g. HPI quartile 1) are used|true"};
    static final String[] DOMAINS = {"D1_LEADERSHIP|Leadership & accountability", "D2_SOLICITATION|Solicitation design",
            "D3_ACCESS|Access, outreach & TA", "D4_EVALUATION|Evaluation & award", "D5_PAYMENT|Payment",
            "D6_REPORTING|Reporting & contract management", "D7_DATA|Data & measurement",
            "D8_COMMUNITY_INVESTMENT|Community investment / anchor"};
    /** LHJ-A's synthetic answers (D3 Access 1.25 -> 2.00, D5 Payment 0.67 -> 1.67), in the order of ITEMS. */
    static final int[][] LHJ_A_LEVELS = {
            {1, 0, 1, 1, 0, 1, 1, 1, 1, 2, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1},
            {2, 1, 2, 2, 1, 1, 2, 2, 2, 2, 1, 1, 1, 2, 2, 1, 1, 2, 1, 1, 2}};
    static final String INSTRUMENT = "/instruments/CP-SA-DEMO/versions/1.0";

    private final String commandUrl;
    private final TokenClient tokens;
    private final HttpClient http = HttpClient.newHttpClient();
    /** Participant id -> the team's lead and member (LHJ-A and LHJ-B have demo users; the others are entered by staff). */
    private final Map<String, String[]> teams = new HashMap<>();
    /** Events the demo caused in the cohort (what the regional view must have applied once the demo is visible). */
    private long cohortEvents;
    private String lhjA;

    /** @param tokens real tokens of the demo users: every command is sent by the person whose work it records */
    public DemoData(String commandUrl, TokenClient tokens) {
        this.commandUrl = commandUrl;
        this.tokens = tokens;
    }

    /** Sends the demo commands; returns how many events they caused in the cohort. */
    public long load() throws IOException, InterruptedException {
        post(0, "/programs", """
                {"programId":"%s","name":"Public Health Alliance Regional Equity Accelerator",
                 "convener":"Public Health Alliance of Southern California","focusAreas":["contracting_procurement"],
                 "participantOrgTypes":["LHJ_COUNTY","LHJ_CITY"],"occurredOn":"2023-01-15"}""".formatted(PROGRAM));
        post("/cohorts", """
                {"cohortId":"%s","programId":"%s","label":"2023","region":"Southern California",
                 "startDate":"2023-03-01","endDate":"2023-12-31","minTeamSize":3,"maxTeamSize":8,
                 "requiredRoles":["EXECUTIVE_LEADERSHIP","HEALTH_EQUITY_PROGRAM_MANAGER","CONTRACTING_PROCUREMENT_OFFICER"],
                 "occurredOn":"2023-02-01"}""".formatted(COHORT, PROGRAM));
        // the program admin gives the program's people their roles (grant events, outside the cohort's views)
        grant("facilitator-1", "FACILITATOR", COHORT);
        grant("reviewer-1", "REVIEWER", COHORT);
        grant("viewer-1", "VIEWER", COHORT);
        grant("auditor-1", "AUDITOR", PROGRAM);
        grant(DemoIdentities.PARTNER_CLIENT, "PARTNER", PROGRAM);
        for (int s = 0; s < SESSIONS.length; s++) {
            String[] session = SESSIONS[s].split("\\|");
            post("/cohorts/" + COHORT + "/sessions", """
                    {"sessionId":"S%d","seq":%d,"title":"%s","scheduledFor":"%s","datePrecision":"MONTH",
                     "occurredOn":"2023-02-01"}""".formatted(s + 1, s + 1, session[1], session[0]));
        }
        for (String metric : METRICS) {
            String[] m = metric.split("\\|");
            post("/cohorts/" + COHORT + "/metrics", """
                    {"metricId":"%s","version":"1.0","name":"%s","unit":"%s","polarity":"%s","frequency":"%s",
                     "aggregation":"%s","category":"%s","occurredOn":"%s"}""".formatted((Object[]) m));
        }
        instrument();
        List<String> participants = new ArrayList<>();
        for (int p = 0; p < 9; p++) {
            participants.add(participant(p));
        }
        new DemoDisparities(this::post).load(COHORT, participants.subList(0, DemoDisparities.AWARDS.length));
        sessionsHeldWithAttendance(participants);
        recommendation();
        lateBaselineAndClosure(participants.get(7));
        // recorded in January 2024: LHJ-A's 2023-Q2 denominator excluded a pass-through contract
        post("/participants/" + lhjA + "/metrics/M-CBO-SHARE/observations/2023-Q2/corrections", """
                {"numerator":1200000,"denominator":9100000,"reason":"excluded pass-through contract",
                 "occurredOn":"2024-01-15"}""");
        return cohortEvents;
    }

    /**
     * The placeholder instrument CP-SA-DEMO@1.0: eight domains, 21 items, the 4-level Foundational Practices scale,
     * mean-of-items scoring; adopted by the cohort for baseline and endline. Instrument events belong to no cohort.
     */
    private void instrument() throws IOException, InterruptedException {
        post(0, "/instruments", """
                {"instrumentId":"CP-SA-DEMO","version":"1.0","programId":"%s",
                 "title":"Placeholder for Alliance C&P Self-Assessment (content not public)",
                 "occurredOn":"2023-02-01"}""".formatted(PROGRAM));
        for (String domain : DOMAINS) {
            String[] d = domain.split("\\|");
            post(0, INSTRUMENT + "/domains", """
                    {"domainKey":"%s","title":"%s","occurredOn":"2023-02-01"}""".formatted(d[0], d[1]));
        }
        for (String item : ITEMS) {
            String[] i = item.split("\\|");
            post(0, INSTRUMENT + "/items", """
                    {"itemKey":"%s","domainKey":"%s","text":"%s","required":%s,"naAllowed":%s,
                     "occurredOn":"2023-02-01"}""".formatted(i[1], i[0], i[2], !Boolean.parseBoolean(i[3]), i[3]));
        }
        post(0, INSTRUMENT + "/scale", """
                {"levels":[{"code":"0","label":"Not at all","value":0},
                 {"code":"1","label":"Beginning: informal or ad hoc","value":1},
                 {"code":"2","label":"Partial: some standards in place","value":2},
                 {"code":"3","label":"Widespread standards exist and are measured","value":3}],
                 "occurredOn":"2023-02-01"}""");
        post(0, INSTRUMENT + "/scoring-rule", "{\"rule\":\"MEAN_OF_ITEMS\",\"occurredOn\":\"2023-02-01\"}");
        post(0, INSTRUMENT + "/publication", "{\"occurredOn\":\"2023-02-15\"}");
        post("/cohorts/" + COHORT + "/instruments", """
                {"instrumentId":"CP-SA-DEMO","version":"1.0","administrations":["BASELINE","ENDLINE"],
                 "occurredOn":"2023-03-01"}""");
    }

    /** Start, answer every item, complete: one administration of CP-SA-DEMO@1.0. */
    private void assessment(String base, String assessmentId, String administration, int[] levels, String startedOn,
                            String completedOn, String completion) throws IOException, InterruptedException {
        startAndAnswer(base, assessmentId, administration, levels, startedOn, completedOn);
        post(base + "/assessments/" + assessmentId + "/completion", completion.formatted(completedOn));
    }

    private void startAndAnswer(String base, String assessmentId, String administration, int[] levels,
                                String startedOn, String answeredOn) throws IOException, InterruptedException {
        post(base + "/assessments", """
                {"assessmentId":"%s","instrumentId":"CP-SA-DEMO","version":"1.0","administration":"%s",
                 "occurredOn":"%s"}""".formatted(assessmentId, administration, startedOn));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            answers.add("{\"itemKey\":\"" + ITEMS[i].split("\\|")[1] + "\",\"levelCode\":\"" + levels[i] + "\"}");
        }
        post(ITEMS.length, base + "/assessments/" + assessmentId + "/responses",
                "{\"responses\":[" + String.join(",", answers) + "],\"occurredOn\":\"" + answeredOn + "\"}");
    }

    /** Synthetic levels 0-3, most at 0-2 at baseline; one level higher (at most 3) at endline. */
    private static int[] levels(int p, int round) {
        int[] levels = new int[ITEMS.length];
        for (int i = 0; i < ITEMS.length; i++) {
            levels[i] = Math.min(3, ((p * 5 + i * 3) % 7) / 3 + round);
        }
        return levels;
    }

    /**
     * LHJ-H started its baseline in December and completed it in January 2024, after the cohort closed on
     * 2023-12-31: a late entry, with its reason.
     */
    private void lateBaselineAndClosure(String lhjH) throws IOException, InterruptedException {
        String base = "/participants/" + lhjH;
        startAndAnswer(base, "LHJ-H-baseline", "BASELINE", levels(7, 0), "2023-12-18", "2024-01-19");
        post("/cohorts/" + COHORT + "/closure", "{\"occurredOn\":\"2023-12-31\"}");
        post(base + "/assessments/LHJ-H-baseline/completion", """
                {"lateEntry":true,"lateEntryReason":"baseline finished after the cohort's last session",
                 "occurredOn":"2024-01-19"}""");
    }

    /** Session 8 drafts the regional recommendation; seven jurisdictions endorse it at session 9; published. */
    private void recommendation() throws IOException, InterruptedException {
        post("/cohorts/" + COHORT + "/recommendations", """
                {"recommendationId":"pha-rea-2023-rec-1","title":"Advance and prompt payment for CBO contracts",
                 "policyArea":"advance payment & prompt payment for CBO contracts",
                 "text":"Member jurisdictions offer advance payment of up to 25% and pay CBO invoices within 15 days.",
                 "occurredOn":"2023-11-16"}""");
        for (int p = 0; p < 7; p++) {
            post("/recommendations/pha-rea-2023-rec-1/endorsements", """
                    {"orgId":"LHJ-%s","role":"EXECUTIVE_LEADERSHIP","occurredOn":"2023-12-14"}"""
                    .formatted((char) ('A' + p)));
        }
        post("/recommendations/pha-rea-2023-rec-1/publication", "{\"occurredOn\":\"2023-12-20\"}");
    }

    /** All nine sessions were held (there is no April session); most teams attended most of them (synthetic). */
    private void sessionsHeldWithAttendance(List<String> participants) throws IOException, InterruptedException {
        for (int s = 0; s < SESSIONS.length; s++) {
            String session = "/cohorts/" + COHORT + "/sessions/S" + (s + 1);
            String heldOn = SESSIONS[s].split("\\|")[0].substring(0, 8) + "16";
            post(session + "/held", "{\"note\":\"virtual workshop\",\"occurredOn\":\"" + heldOn + "\"}");
            for (int p = 0; p < participants.size(); p++) {
                if ((p + s) % 5 == 4) {
                    continue; // absent
                }
                post(session + "/attendance", """
                        {"participantId":"%s","attendeeCount":%d,"attendeeRoles":["EXECUTIVE_LEADERSHIP",
                         "HEALTH_EQUITY_PROGRAM_MANAGER"],"occurredOn":"%s"}""".formatted(participants.get(p),
                        2 + (p + s) % 3, heldOn));
            }
        }
    }

    private String participant(int p) throws IOException, InterruptedException {
        char letter = (char) ('A' + p);
        String org = "LHJ-" + letter;
        String id = idOf(post("/cohorts/" + COHORT + "/participants", """
                {"orgId":"%s","orgName":"%s (placeholder)","orgType":"%s","occurredOn":"2023-03-01"}"""
                .formatted(org, org, p < 7 ? "LHJ_COUNTY" : "LHJ_CITY")));
        String base = "/participants/" + id;
        if (p < 2) { // LHJ-A and LHJ-B record their own work
            String team = org.toLowerCase(Locale.ROOT);
            teams.put(id, new String[]{team + "-lead", team + "-member"});
            grant(team + "-lead", "TEAM_LEAD", id);
            grant(team + "-member", "TEAM_MEMBER", id);
        }
        if (p == 0) {
            lhjA = id;
        }
        post(base + "/change-team", "{\"occurredOn\":\"2023-03-02\"}");
        // LHJ-I has not named its C&P officer yet; every second team has a finance member
        int roles = p == 8 ? 2 : (p % 2 == 0 ? 4 : 3);
        for (int r = 0; r < roles; r++) {
            post(base + "/change-team/members", """
                    {"memberRef":"%s-m%d","role":"%s","department":"%s","occurredOn":"2023-03-02"}"""
                    .formatted(org.toLowerCase(Locale.ROOT), r + 1, ROLES[r], ROLES[r].replace('_', ' ')));
        }
        if (p != 8) { // the others meet the cohort's rules; LHJ-I cannot be activated without its C&P officer
            post(base + "/change-team/activation", "{\"occurredOn\":\"2023-03-10\"}");
        }
        if (p < 5) { // LHJ-A..E agree to be named in regional views; the others are counted anonymously
            post(base + "/consent", """
                    {"scope":"REGIONAL_NAMED","grantedByRole":"EXECUTIVE_LEADERSHIP","occurredOn":"2023-03-20"}""");
        }
        if (p < 7) { // LHJ-H's baseline came late (January 2024); LHJ-I's team never became active
            assessment(base, org + "-baseline", "BASELINE", p == 0 ? LHJ_A_LEVELS[0] : levels(p, 0), "2023-03-20",
                    "2023-04-%02d".formatted(10 + p), "{\"occurredOn\":\"%s\"}");
        }
        if (p == 1) { // LHJ-B found its 2022 advance-payment memo after completing: reopened, amended, completed
            post(base + "/assessments/LHJ-B-baseline/reopening", """
                    {"reason":"finance found the 2022 advance-payment memo","occurredOn":"2023-05-03"}""");
            post(base + "/assessments/LHJ-B-baseline/items/D5.1/amendment", """
                    {"levelCode":"3","reason":"advance payments allowed since the 2022 memo","occurredOn":"2023-05-03"}""");
            post(base + "/assessments/LHJ-B-baseline/completion", "{\"occurredOn\":\"2023-05-03\"}");
        }
        if (p == 0) {
            assessment(base, "LHJ-A-endline", "ENDLINE", LHJ_A_LEVELS[1], "2023-12-05", "2023-12-12",
                    "{\"occurredOn\":\"%s\"}");
            post(base + "/goals", """
                    {"goalId":"LHJ-A-advance-payment","title":"Offer advance payment option on all new small-CBO awards",
                     "targetDate":"2024-06-30","successCriteria":["M-ADV-PAY-SHARE >= 80% by 2024-Q2"],
                     "ownerRole":"CONTRACTING_PROCUREMENT_OFFICER","occurredOn":"2023-07-12"}""");
            String goal = base + "/goals/LHJ-A-advance-payment";
            post(goal + "/progress-reports", """
                    {"asOf":"2023-11-15","status":"ON_TRACK","confidence":7,"progressPct":45,
                     "note":"M-ADV-PAY-SHARE 2023-Q4 = 45% (synthetic)","occurredOn":"2023-11-15"}""");
            post(base + "/goal-drafts", """
                    {"goalId":"LHJ-A-anchor-purchasing","title":"Local/diverse purchasing target (anchor mission)",
                     "tags":["HAN-IP"],"occurredOn":"2023-10-11"}""");
            post(goal + "/achievement", """
                    {"evidence":["process-change:LHJ-A-pc-1","observation:M-ADV-PAY-SHARE/2024-Q2 = 83% (synthetic)"],
                     "occurredOn":"2024-06-20"}""");
        }
        if (p == 0) { // LHJ-A's other series (synthetic): HPI-Q1 share of FY 2023, advance payment on 9 of 20 awards
            // (a value is reported once its period has ended: on the last day of 2023 at the earliest)
            post(base + "/metrics/M-HPI-Q1-SHARE/baseline", """
                    {"period":"2023","numerator":216000,"denominator":1200000,"source":"HPI crosswalk (synthetic)",
                     "occurredOn":"2023-12-31"}""");
            post(base + "/metrics/M-ADV-PAY-SHARE/baseline", """
                    {"period":"2023-Q3","numerator":0,"denominator":18,"source":"award log (synthetic)",
                     "occurredOn":"2023-10-05"}""");
            post(base + "/metrics/M-ADV-PAY-SHARE/target", """
                    {"byPeriod":"2024-Q2","value":80,"occurredOn":"2023-10-05"}""");
            post(base + "/metrics/M-ADV-PAY-SHARE/observations", """
                    {"period":"2023-Q4","numerator":9,"denominator":20,"source":"award log (synthetic)",
                     "occurredOn":"2023-12-31"}""");
        }
        if (p < 6) { // synthetic: median days to pay and first-time CBO contract holders
            post(base + "/metrics/M-DAYS-TO-PAY/baseline", """
                    {"period":"2023-Q2","value":%d,"source":"AP system (synthetic)","occurredOn":"2023-08-10"}"""
                    .formatted(38 + p * 4));
            post(base + "/metrics/M-NEW-CBO/baseline", """
                    {"period":"2023-Q3","value":%d,"source":"contracts register (synthetic)","occurredOn":"2023-10-10"}"""
                    .formatted(1 + p % 3));
        }
        if (p < 7) { // synthetic dollars: baseline 2023-Q2, and 2023-Q3 for the first five
            long den = 9_500_000 - p * 700_000L;
            post(base + "/metrics/M-CBO-SHARE/baseline", """
                    {"period":"2023-Q2","numerator":%d,"denominator":%d,"source":"finance system (synthetic)",
                     "occurredOn":"2023-08-10"}""".formatted(1_200_000 + p * 150_000L, den));
            if (p < 5) {
                post(base + "/metrics/M-CBO-SHARE/target", """
                        {"byPeriod":"2024-Q4","value":20,"occurredOn":"2023-09-12"}""");
                post(base + "/metrics/M-CBO-SHARE/observations", """
                        {"period":"2023-Q3","numerator":%d,"denominator":%d,"source":"finance system (synthetic)",
                         "occurredOn":"2023-10-20"}""".formatted(1_400_000 + p * 160_000L, den + 200_000));
            }
        }
        int goals = p == 0 ? 0 : 1 + p % 3;
        for (int g = 0; g < goals; g++) {
            post(base + "/goals", """
                    {"goalId":"%s-goal-%d","title":"Near-term process change goal %d of %s","targetDate":"2024-%02d-30",
                     "successCriteria":["milestone checklist agreed at Session 4"],"ownerRole":"%s",
                     "occurredOn":"2023-07-%02d"}""".formatted(org, g + 1, g + 1, org, 3 + g * 3,
                    ROLES[g % 2], 10 + p));
        }
        for (int c = 0; c < 1 + p % 3; c++) {
            String[] change = CHANGES[(p + c * 2) % CHANGES.length].split("\\|");
            // LHJ-A's advance payment is followed step by step (domain research, section 6); the others are
            // recorded where they stood
            boolean stepByStep = p == 0 && c == 0;
            post(base + "/process-changes", """
                    {"processChangeId":"%s-pc-%d","changeType":"%s","lifecycleStage":"%s","description":"%s",
                     "status":"%s","communityInformed":%s,"occurredOn":"2023-%02d-15"}"""
                    .formatted(org, c + 1, change[0], change[1], change[2], stepByStep ? "PROPOSED" : change[3],
                            change[4], 6 + c * 2));
            if (stepByStep) {
                post(base + "/barriers", """
                        {"barrierId":"LHJ-A-b-1","lifecycleStage":"PAYMENT","source":"STAFF","sessionId":"S2",
                         "description":"reimbursement-only terms exclude small CBOs without cash reserves",
                         "occurredOn":"2023-05-17"}""");
                post(base + "/community-engagements", """
                        {"engagementId":"LHJ-A-listening-1","activityType":"LISTENING_SESSION","participantsCount":20,
                         "languages":["en","es"],"purpose":"community input on contracting barriers (synthetic)",
                         "occurredOn":"2023-05-20"}""");
                post(base + "/barriers", """
                        {"barrierId":"LHJ-A-b-2","lifecycleStage":"ACCESS_SUBMISSION","source":"COMMUNITY_INPUT",
                         "sessionId":"S2","description":"solicitations English-only","occurredOn":"2023-05-24"}""");
                post(base + "/process-changes/" + org + "-pc-1/adoption", """
                        {"authority":"DEPARTMENT_POLICY","occurredOn":"2023-09-15"}""");
                post(base + "/process-changes/" + org + "-pc-1/implementation", """
                        {"effectiveDate":"2023-10-01","scopeDetail":"new CBO awards < $250k","occurredOn":"2023-10-02"}""");
                post(base + "/barriers/LHJ-A-b-1/addressed", """
                        {"processChangeId":"LHJ-A-pc-1","occurredOn":"2023-10-02"}""");
            }
        }
        return id;
    }

    private void grant(String subject, String role, String scopeId) throws IOException, InterruptedException {
        post(0, "/programs/" + PROGRAM + "/grants", """
                {"subject":"%s","role":"%s","scopeId":"%s"}""".formatted(subject, role, scopeId));
    }

    /**
     * Who sends a demo command: a team's own people for LHJ-A and LHJ-B (the lead for team, consent and endorsements,
     * a member for the work), the facilitator for sessions, the program admin for everything else.
     */
    private String senderOf(String path, String json) {
        for (Map.Entry<String, String[]> team : teams.entrySet()) {
            if (path.startsWith("/participants/" + team.getKey() + "/")) {
                boolean leads = path.contains("/change-team") || path.endsWith("/consent") || path.endsWith("/withdrawal");
                return team.getValue()[leads ? 0 : 1];
            }
        }
        if (path.endsWith("/endorsements") && (json.contains("\"LHJ-A\"") || json.contains("\"LHJ-B\""))) {
            return json.contains("\"LHJ-A\"") ? "lhj-a-lead" : "lhj-b-lead";
        }
        return path.startsWith("/cohorts/" + COHORT + "/sessions") ? "facilitator-1" : "pha-admin-1";
    }

    /** Waits until the regional view has applied every event the demo caused. */
    public void awaitVisible(String queryUrl, long events) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String seen = "nothing";
        java.util.regex.Pattern applied = java.util.regex.Pattern.compile("\"eventsApplied\":(\\d+)");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(queryUrl + "/cohorts/" + COHORT
                    + "/progress")).header("Authorization", "Bearer " + tokens.userToken("pha-admin-1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher matcher = applied.matcher(view.body());
            if (view.statusCode() == 200 && matcher.find()) {
                seen = matcher.group(1) + " events";
                if (Long.parseLong(matcher.group(1)) == events) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the demo did not show up in the regional view within 60 s: expected "
                + events + " events, saw " + seen);
    }

    /** A command that causes one event in the cohort. */
    private String post(String path, String json) throws IOException, InterruptedException {
        return post(1, path, json);
    }

    private String post(int eventsInCohort, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("content-type", "application/json")
                .header("Authorization", "Bearer " + tokens.userToken(senderOf(path, json)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("demo command " + path + " was refused: " + response.body());
        }
        cohortEvents += eventsInCohort;
        return response.body();
    }

    private static String idOf(String createdBody) {
        return createdBody.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
}
