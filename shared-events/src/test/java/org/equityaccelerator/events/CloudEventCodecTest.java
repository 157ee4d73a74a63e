package org.equityaccelerator.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden JSON per event type: the files under src/test/resources/golden are the published wire format. A change
 * that breaks one of them breaks partners; make it additive or publish a new revision instead.
 */
class CloudEventCodecTest {
    private final CloudEventCodec codec = new CloudEventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    static List<AcceleratorEvent> samples() {
        return SampleEvents.all();
    }

    static EventEnvelope envelope(AcceleratorEvent data) {
        return EventEnvelope.of("0d9e8f7a-1111-4222-8333-944455556666", Instant.parse("2023-07-12T17:45:03.120Z"), 3,
                "user:pha-admin-1", "c0ffee00-0000-4000-8000-000000000001", "c0ffee00-0000-4000-8000-000000000002", data);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void encodesEveryEventExactlyAsItsGoldenFile(AcceleratorEvent event) throws IOException {
        String type = EventTypes.typeOf(event.getClass());
        String encoded = codec.encode(envelope(event));
        String golden = golden(type);
        if (golden == null) {
            // first run for a new type: write the candidate for review, and fail until it is committed
            Path candidate = Path.of("target", "golden-candidates", type + ".json");
            Files.createDirectories(candidate.getParent());
            Files.writeString(candidate, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(encoded)));
            throw new AssertionError("no golden file for " + type + "; candidate written to " + candidate);
        }
        assertThat(json.readTree(encoded)).isEqualTo(json.readTree(golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesEveryGoldenFileBackToTheSameEvent(AcceleratorEvent event) throws IOException {
        String golden = golden(EventTypes.typeOf(event.getClass()));
        assertThat(golden).as("golden file").isNotNull();
        assertThat(codec.decode(golden)).contains(envelope(event));
    }

    @Test
    void everyRegisteredTypeHasASampleAndAGoldenFile() throws IOException {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventTypes.all().keySet());
        for (String type : EventTypes.all().values()) {
            assertThat(golden(type)).as("golden/" + type + ".json").isNotNull();
        }
    }

    @Test
    void sourceNamesProgramAndCohortAndSubjectIsTheAggregate() {
        EventEnvelope e = envelope(sample(GoalCommitted.class));
        assertThat(e.source()).isEqualTo("/programs/pha-rea/cohorts/pha-rea-2023");
        assertThat(e.subject()).isEqualTo(SampleEvents.PARTICIPANT);
        assertThat(e.type()).isEqualTo("org.equityaccelerator.goal.committed.v1");
        assertThat(envelope(samples().get(0)).source()).isEqualTo("/programs/pha-rea");
    }

    private static AcceleratorEvent sample(Class<? extends AcceleratorEvent> type) {
        return SampleEvents.all().stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    @Test
    void unknownTypesAreSkippedAndUnknownFieldsIgnored() {
        String future = codec.encode(envelope(sample(ChangeTeamFormed.class)))
                .replace("\"occurredOn\"", "\"addedInV1_1\":42,\"occurredOn\"");
        assertThat(codec.decode(future)).contains(envelope(sample(ChangeTeamFormed.class)));
        String unknownType = future.replace("team.formed.v1", "team.renamed.v1");
        assertThat(codec.decode(unknownType)).isEmpty();
    }

    @Test
    void aCohortOpenedOfVersion1_0WithoutTheMinimumReadsWithTheDefault() throws IOException {
        String v10 = golden("org.equityaccelerator.cohort.opened.v1").replace(",\n    \"minReportingParticipants\" : 3", "");
        assertThat(v10).doesNotContain("minReportingParticipants");
        assertThat(((CohortOpened) codec.decode(v10).orElseThrow().data()).minReportingParticipants())
                .isEqualTo(CohortOpened.DEFAULT_MIN_REPORTING);
    }

    @Test
    void anAssessmentCompletedOfVersion1_0WithScoresOnlyReadsAsRevisionOne() throws IOException {
        String v10;
        try (InputStream in = getClass().getResourceAsStream(
                "/golden-previous/org.equityaccelerator.assessment.completed.v1.0.json")) {
            v10 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AssessmentCompleted completed = (AssessmentCompleted) codec.decode(v10).orElseThrow().data();
        assertThat(completed.revision()).isEqualTo(1);
        assertThat(completed.domainScores()).containsEntry("D5_PAYMENT", new java.math.BigDecimal("0.70"));
        assertThat(completed.itemLevels()).isNull();
    }

    @Test
    void aMetricAdoptionOfVersion1_0ReadsWithoutAThreshold() throws IOException {
        String v10;
        try (InputStream in = getClass().getResourceAsStream(
                "/golden-previous/org.equityaccelerator.cohort.metric-adopted.v1.0.json")) {
            v10 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(v10).doesNotContain("threshold");
        MetricAdoptedForCohort adopted = (MetricAdoptedForCohort) codec.decode(v10).orElseThrow().data();
        assertThat(adopted.aggregation()).isEqualTo("POOLED_RATIO");
        assertThat(adopted.threshold()).isNull();
    }

    @Test
    void aProgramOfVersion1_0ReadsAsDeclaringNoTaxonomy() throws IOException {
        String v10;
        try (InputStream in = getClass().getResourceAsStream(
                "/golden-previous/org.equityaccelerator.program.registered.v1.0.json")) {
            v10 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ProgramRegistered program = (ProgramRegistered) codec.decode(v10).orElseThrow().data();
        assertThat(program.participantOrgTypes()).contains("LHJ_COUNTY");
        assertThat(program.processChangeTypes()).isNull();
        assertThat(program.frameworkTags()).isNull();
    }

    @Test
    void aProgramOfVersion1_1ReadsAsUsingTheDefaultRolesAndStages() throws IOException {
        ProgramRegistered program = (ProgramRegistered) codec.decode(previous("program.registered.v1.1")).orElseThrow()
                .data();
        assertThat(program.roles()).isNull();
        assertThat(program.processChangeStages()).isNull();
        assertThat(program.roleCatalogue()).isEqualTo(ProgramRegistered.DEFAULT_ROLES).contains("FINANCE");
        assertThat(program.stageCatalogue()).isEqualTo(ProgramRegistered.DEFAULT_PROCESS_CHANGE_STAGES)
                .contains("PAYMENT");
    }

    @Test
    void aProgramDeclaringItsCataloguesReadsThemInsteadOfTheDefaults() {
        ProgramRegistered program = (ProgramRegistered) samples().get(0);
        assertThat(program.roleCatalogue()).containsExactly("EXECUTIVE_LEADERSHIP", "HEALTH_EQUITY_PROGRAM_MANAGER",
                "CONTRACTING_PROCUREMENT_OFFICER", "FINANCE");
        assertThat(program.stageCatalogue()).doesNotContain("REPORTING_MONITORING").contains("PAYMENT");
    }

    @Test
    void aSessionOfVersion1_1ReadsWithoutTypeOrModalityAndAMoveOfVersion1_0KeepsTheModality() throws IOException {
        SessionScheduled session = (SessionScheduled) codec.decode(previous("session.scheduled.v1.1")).orElseThrow()
                .data();
        assertThat(session.title()).isEqualTo("Understanding Equity in C&P");
        assertThat(session.sessionType()).isNull();
        assertThat(session.modality()).isNull();
        SessionRescheduled moved = (SessionRescheduled) codec.decode(previous("session.rescheduled.v1.0"))
                .orElseThrow().data();
        assertThat(moved.newDate()).isEqualTo(java.time.LocalDate.of(2023, 5, 1));
        assertThat(moved.modality()).isNull();
    }

    @Test
    void anObservationOfVersion1_0ReadsAsNotLate() throws IOException {
        String v10;
        try (InputStream in = getClass().getResourceAsStream(
                "/golden-previous/org.equityaccelerator.metric.observation-recorded.v1.0.json")) {
            v10 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(v10).doesNotContain("lateEntryReason");
        assertThat(((MetricObservationRecorded) codec.decode(v10).orElseThrow().data()).lateEntryReason()).isNull();
    }

    @Test
    void dataBeforeTypeIsDecodedToo() {
        tools.jackson.databind.node.ObjectNode golden =
                (tools.jackson.databind.node.ObjectNode) json.readTree(codec.encode(envelope(samples().get(6))));
        tools.jackson.databind.node.ObjectNode reordered = json.createObjectNode();
        reordered.set("data", golden.get("data"));
        golden.properties().forEach(e -> reordered.set(e.getKey(), e.getValue()));
        assertThat(codec.decode(reordered.toString())).contains(envelope(samples().get(6)));
    }

    @Test
    void malformedTextIsRejectedWithAClearError() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"org.equityaccelerator.team.formed.v1\"}"))
                .isInstanceOf(CloudEventCodec.MalformedEventException.class)
                .hasMessageContaining("data");
    }

    private static String previous(String typeVersion) throws IOException {
        try (InputStream in = CloudEventCodecTest.class.getResourceAsStream(
                "/golden-previous/org.equityaccelerator." + typeVersion + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String golden(String type) throws IOException {
        try (InputStream in = CloudEventCodecTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
