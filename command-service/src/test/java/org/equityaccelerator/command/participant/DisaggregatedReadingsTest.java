package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.MetricCommands.CorrectMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.GroupReading;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.participant.MetricCommands.RecordMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricBaselineCommand;
import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.GroupValue;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;

/**
 * Per-group readings of a disaggregated metric: declared dimensions and groups only, each once, each dimension with
 * its reference group, unit rules per group, a cell count per group; every refusal names the group's field (400).
 */
class DisaggregatedReadingsTest {
    static final LocalDate DAY = LocalDate.of(2023, 10, 20);
    final AggregateTestFixture<Participant> fixture = fixture(new CohortOpened("c", "p", "2023", "r",
                    LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8, List.of(), DAY, 3, 11),
            new MetricAdoptedForCohort("c", "p", "M-ADV-PAY-SHARE", "1.0", "% of new CBO awards with advance pay",
                    "PERCENT", "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", DAY, null, null, null, null, null,
                    List.of(new Disaggregation("LANGUAGE", List.of("ENGLISH", "SPANISH", "OTHER"), "ENGLISH"))),
            new MetricAdoptedForCohort("c", "p", "M-DAYS-TO-PAY", "1.0", "median days to pay", "DAYS",
                    "LOWER_IS_BETTER", "QUARTER", "MEDIAN_OF_ORGS", DAY, null, null, null, null, null,
                    List.of(new Disaggregation("PLACE", List.of("HPI_Q1", "HPI_Q2_Q4"), "HPI_Q2_Q4"))),
            new MetricAdoptedForCohort("c", "p", "M-NEW-CBO", "1.0", "first-time CBO contract holders", "COUNT",
                    "HIGHER_IS_BETTER", "QUARTER", "SUM", DAY));

    static Object[] history(Object... more) {
        return withTeam(more);
    }

    static GroupReading language(String group, String num, String den, Long count) {
        return new GroupReading("LANGUAGE", group, null, new BigDecimal(num), new BigDecimal(den), count);
    }

    static RecordMetricObservationCommand observe(String metricId, Reading reading) {
        return new RecordMetricObservationCommand(P, metricId, "2023-Q3", reading, "contracts", DAY, false, null);
    }

    static Reading advancePay(GroupReading... groups) {
        return new Reading(null, new BigDecimal("30"), new BigDecimal("50"), List.of(groups));
    }

    static Matcher<Object> refusedAt(String field) {
        return matches(e -> e instanceof InvalidInput i && i.field().equals(field));
    }

    static MetricObservationRecorded q3() {
        return new MetricObservationRecorded(P, "c", "p", "M-ADV-PAY-SHARE", "2023-Q3", new BigDecimal("60.00"),
                new BigDecimal("30"), new BigDecimal("50"), "contracts", DAY, null, List.of(
                        new GroupValue("LANGUAGE", "ENGLISH", new BigDecimal("70.00"), new BigDecimal("21"),
                                new BigDecimal("30"), 30L),
                        new GroupValue("LANGUAGE", "SPANISH", new BigDecimal("50.00"), new BigDecimal("7"),
                                new BigDecimal("14"), 14L),
                        new GroupValue("LANGUAGE", "OTHER", new BigDecimal("33.33"), new BigDecimal("2"),
                                new BigDecimal("6"), 6L)));
    }

    @Test
    void groupValuesAreComputedLikeTheTotalAndTheCellCountDefaultsToTheDenominator() {
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        language("SPANISH", "7", "14", null), language("OTHER", "2", "6", null))))
                .expectEvents(q3());
    }

    @Test
    void onlyDeclaredDimensionsAndGroupsEachOnce() {
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        new GroupReading("RACE_ETHNICITY", "ASIAN", null, BigDecimal.ONE, BigDecimal.TEN, null))))
                .expectException(refusedAt("groups[1].dimension")).expectNoEvents();
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        language("FRENCH", "1", "2", null))))
                .expectException(refusedAt("groups[1].group")).expectNoEvents();
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        language("SPANISH", "7", "14", null), language("SPANISH", "7", "14", null))))
                .expectException(refusedAt("groups[2].group")).expectNoEvents();
        fixture.given(history()).when(observe("M-NEW-CBO", new Reading(BigDecimal.TEN, null, null,
                        List.of(language("ENGLISH", "1", "2", null)))))
                .expectException(refusedAt("groups")).expectNoEvents();
    }

    @Test
    void aDimensionIsReportedWithItsReferenceGroup() {
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("SPANISH", "7", "14", null))))
                .expectException(refusedAt("groups")).expectNoEvents();
    }

    @Test
    void eachGroupFollowsTheUnitRulesAndRefusalsNameTheGroupsField() {
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        language("SPANISH", "15", "14", null))))
                .expectException(refusedAt("groups[1].numerator")).expectNoEvents();
        fixture.given(history()).when(observe("M-ADV-PAY-SHARE", advancePay(language("ENGLISH", "21", "30", null),
                        new GroupReading("LANGUAGE", "SPANISH", new BigDecimal("50"), null, null, 14L))))
                .expectException(refusedAt("groups[1].numerator")).expectNoEvents();
        fixture.given(history()).when(observe("M-DAYS-TO-PAY", new Reading(new BigDecimal("30"), null, null, List.of(
                        new GroupReading("PLACE", "HPI_Q2_Q4", new BigDecimal("28"), null, null, 40L),
                        new GroupReading("PLACE", "HPI_Q1", new BigDecimal("-1"), null, null, 12L)))))
                .expectException(refusedAt("groups[1].value")).expectNoEvents();
    }

    @Test
    void aValueThatIsNotACountOrRatioNeedsItsCellCount() {
        fixture.given(history()).when(observe("M-DAYS-TO-PAY", new Reading(new BigDecimal("30"), null, null, List.of(
                        new GroupReading("PLACE", "HPI_Q2_Q4", new BigDecimal("28"), null, null, 40L),
                        new GroupReading("PLACE", "HPI_Q1", new BigDecimal("41"), null, null, null)))))
                .expectException(refusedAt("groups[1].count")).expectNoEvents();
        fixture.given(history()).when(observe("M-DAYS-TO-PAY", new Reading(new BigDecimal("30"), null, null, List.of(
                        new GroupReading("PLACE", "HPI_Q2_Q4", new BigDecimal("28"), null, null, 40L),
                        new GroupReading("PLACE", "HPI_Q1", new BigDecimal("41"), null, null, 9L)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBaselineCarriesItsGroupsToo() {
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-ADV-PAY-SHARE", "2023-Q2",
                        advancePay(language("ENGLISH", "21", "30", null), language("OTHER", "1", "6", 0L)), "contracts",
                        DAY, false, null))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(p ->
                        p instanceof org.equityaccelerator.events.MetricBaselineSet b && b.groups().size() == 2
                                && b.groups().get(1).count() == 0L
                                && b.groups().get(1).value().compareTo(new BigDecimal("16.67")) == 0)), andNoMore()));
    }

    @Test
    void aCorrectionOfTheTotalKeepsTheGroupsAndOneWithGroupsReplacesThem() {
        fixture.given(history(q3())).when(new CorrectMetricObservationCommand(P, "M-ADV-PAY-SHARE", "2023-Q3",
                        new Reading(null, new BigDecimal("31"), new BigDecimal("50")), "one award missed", DAY))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(p ->
                        p instanceof MetricObservationCorrected c && c.groups().equals(q3().groups()))), andNoMore()));
        fixture.given(history(q3())).when(new CorrectMetricObservationCommand(P, "M-ADV-PAY-SHARE", "2023-Q3",
                        advancePay(language("ENGLISH", "21", "30", null), language("OTHER", "3", "6", null)),
                        "other-language award misfiled", DAY))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(p ->
                        p instanceof MetricObservationCorrected c && c.groups().size() == 2
                                && c.groups().get(1).value().compareTo(new BigDecimal("50.00")) == 0)), andNoMore()));
    }
}
