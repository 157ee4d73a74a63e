package org.equityaccelerator.command.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.participant.MetricCommands.CorrectMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.Reading;
import org.equityaccelerator.command.participant.MetricCommands.RecordMetricObservationCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricBaselineCommand;
import org.equityaccelerator.command.participant.MetricCommands.SetMetricTargetCommand;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.equityaccelerator.events.MetricBaselineSet;
import org.equityaccelerator.events.MetricObservationCorrected;
import org.equityaccelerator.events.MetricObservationRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.equityaccelerator.command.participant.ParticipantFixture.P;
import static org.equityaccelerator.command.participant.ParticipantFixture.fixture;
import static org.equityaccelerator.command.participant.ParticipantFixture.withTeam;
import static org.equityaccelerator.command.rules.Refusals.invalid;
import static org.equityaccelerator.command.rules.Refusals.violates;

/** Metric series invariants: adopted metrics only, unit validity, one value per period, corrections supersede. */
class MetricSeriesTest {
    static final LocalDate DAY = LocalDate.of(2023, 8, 10);
    /** After the third quarter ended: when its values are reported. */
    static final LocalDate OCT = LocalDate.of(2023, 10, 20);
    final AggregateTestFixture<Participant> fixture = fixture(new CohortOpened("c", "p", "2023", "r",
                    LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), 3, 8, List.of(), DAY),
            new MetricAdoptedForCohort("c", "p", "M-CBO-SHARE",
                    "1.0", "% of $ to CBOs", "PERCENT", "HIGHER_IS_BETTER", "QUARTER", "POOLED_RATIO", DAY),
            new MetricAdoptedForCohort("c", "p", "M-NEW-CBO",
                    "1.0", "first-time CBO contract holders", "COUNT", "HIGHER_IS_BETTER", "QUARTER", "SUM", DAY),
            new MetricAdoptedForCohort("c", "p", "M-ON-TIME", "1.0", "% of invoices paid within 30 days", "PERCENT",
                    "HIGHER_IS_BETTER", "QUARTER", "MEDIAN_OF_ORGS", DAY));

    static Object[] history(Object... more) {
        return withTeam(more);
    }

    static Reading ratio(String num, String den) {
        return new Reading(null, new BigDecimal(num), new BigDecimal(den));
    }

    MetricBaselineSet baseline() {
        return new MetricBaselineSet(P, "c", "p", "M-CBO-SHARE", "2023-Q2", new BigDecimal("12.63"),
                new BigDecimal("1200000"), new BigDecimal("9500000"), "finance", DAY);
    }

    @Test
    void aPooledRatioBaselineIsComputedFromNumeratorAndDenominatorOnce() {
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-Q2",
                ratio("1200000", "9500000"), "finance", DAY, false, null)).expectEvents(baseline());
        fixture.given(history(baseline())).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-Q3",
                ratio("1", "2"), "finance", OCT, false, null)).expectException(violates("metricId")).expectNoEvents();
    }

    @Test
    void onlyAdoptedMetricsWithValidUnitsAndPeriods() {
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-UNKNOWN", "2023-Q2", ratio("1", "2"), "s", DAY, false, null))
                .expectException(violates("metricId")).expectExceptionMessage(
                        "metric 'M-UNKNOWN' is not adopted by cohort 'c'");
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-Q2", ratio("3", "2"), "s",
                DAY, false, null)).expectException(invalid("numerator")).expectNoEvents();
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-06", ratio("1", "2"), "s",
                DAY, false, null)).expectException(violates("period")).expectNoEvents();
        fixture.given(history()).when(new RecordMetricObservationCommand(P, "M-NEW-CBO", "2023-Q3",
                new Reading(new BigDecimal("2.5"), null, null), "s", OCT, false, null))
                .expectException(invalid("value")).expectExceptionMessage("a count is a whole number");
    }

    @Test
    void aTargetComesAfterTheBaselinePeriod() {
        fixture.given(history()).when(new SetMetricTargetCommand(P, "M-CBO-SHARE", "2024-Q4", BigDecimal.TEN, DAY))
                .expectException(violates("metricId")).expectNoEvents();
        fixture.given(history(baseline())).when(new SetMetricTargetCommand(P, "M-CBO-SHARE", "2023-Q1",
                BigDecimal.TEN, DAY)).expectException(violates("byPeriod")).expectNoEvents();
        fixture.given(history(baseline())).when(new SetMetricTargetCommand(P, "M-CBO-SHARE", "2024-Q4",
                new BigDecimal("20"), DAY)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aReviewerWhoIsNotTheReporterApprovesOrReturnsASubmittedValue() {
        Object reported = new org.axonframework.eventhandling.GenericDomainEventMessage<>("Participant", P, 2,
                new MetricObservationRecorded(P, "c", "p", "M-NEW-CBO", "2023-Q3", new BigDecimal("4"), null, null,
                        "contracts", OCT), org.axonframework.messaging.MetaData.with("actor", "user:reporter"));
        org.equityaccelerator.events.MetricObservationSubmitted submitted =
                new org.equityaccelerator.events.MetricObservationSubmitted(P, "c", "p", "M-NEW-CBO", "2023-Q3", DAY);
        MetricCommands.ApproveMetricObservationCommand approve =
                new MetricCommands.ApproveMetricObservationCommand(P, "M-NEW-CBO", "2023-Q3", DAY);
        // not submitted yet
        fixture.given(history(reported)).when(approve, java.util.Map.of("actor", "user:analyst"))
                .expectException(violates("period")).expectNoEvents();
        // the reporter cannot approve their own value
        fixture.given(history(reported, submitted)).when(approve, java.util.Map.of("actor", "user:reporter"))
                .expectException(violates("actor")).expectNoEvents();
        fixture.given(history(reported, submitted)).when(approve, java.util.Map.of("actor", "user:analyst"))
                .expectEvents(new org.equityaccelerator.events.MetricObservationApproved(P, "c", "p", "M-NEW-CBO",
                        "2023-Q3", "user:analyst", DAY));
        fixture.given(history(reported, submitted)).when(new MetricCommands.ReturnMetricObservationCommand(P,
                        "M-NEW-CBO", "2023-Q3", "source?", DAY), java.util.Map.of("actor", "user:analyst"))
                .expectEvents(new org.equityaccelerator.events.MetricObservationReturned(P, "c", "p", "M-NEW-CBO",
                        "2023-Q3", "user:analyst", "source?", DAY));
        fixture.given(history(reported, submitted)).when(new MetricCommands.SubmitMetricObservationCommand(P,
                "M-NEW-CBO", "2023-Q3", DAY)).expectException(violates("period")).expectNoEvents();
    }

    @Test
    void onePeriodOneValueAndCorrectionsSupersedeKeepingTheOldValue() {
        MetricObservationRecorded q3 = new MetricObservationRecorded(P, "c", "p", "M-CBO-SHARE", "2023-Q3",
                new BigDecimal("14.20"), new BigDecimal("1400000"), new BigDecimal("9859155"), "finance", OCT);
        fixture.given(history(baseline(), q3)).when(new RecordMetricObservationCommand(P, "M-CBO-SHARE", "2023-Q3",
                ratio("1", "2"), "s", OCT, false, null)).expectException(violates("period")).expectNoEvents();
        fixture.given(history(baseline())).when(new CorrectMetricObservationCommand(P, "M-CBO-SHARE", "2023-Q3",
                ratio("1", "2"), "r", OCT)).expectException(violates("period")).expectNoEvents();
        fixture.given(history(baseline(), q3))
                .when(new CorrectMetricObservationCommand(P, "M-CBO-SHARE", "2023-Q3", ratio("1400000", "9100000"),
                        "excluded pass-through contract", LocalDate.of(2024, 1, 15)))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(matches(payload ->
                        payload instanceof MetricObservationCorrected c && c.value().compareTo(new BigDecimal("15.38")) == 0
                                && c.previousValue().compareTo(new BigDecimal("14.20")) == 0
                                && c.supersedesEventId() != null && c.reason().equals("excluded pass-through contract"))),
                        andNoMore()));
    }

    @Test
    void aValueForAPeriodThatHasNotEndedIsRefusedNamingThePeriod() {
        fixture.given(history(baseline())).when(new RecordMetricObservationCommand(P, "M-CBO-SHARE", "2099-Q1",
                        ratio("1", "2"), "s", OCT, false, null))
                .expectException(violates("period"))
                .expectExceptionMessage("period 2099-Q1 ends on 2099-03-31, after occurredOn 2023-10-20: a value is "
                        + "reported once its period has ended");
        // the quarter under way is not over either; the one that ended on the day is
        fixture.given(history(baseline())).when(new RecordMetricObservationCommand(P, "M-CBO-SHARE", "2023-Q4",
                ratio("1", "2"), "s", OCT, false, null)).expectException(violates("period")).expectNoEvents();
        fixture.given(history(baseline())).when(new RecordMetricObservationCommand(P, "M-CBO-SHARE", "2023-Q3",
                ratio("1", "2"), "s", LocalDate.of(2023, 9, 30), false, null)).expectSuccessfulHandlerExecution();
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-Q4", ratio("1", "2"), "s",
                OCT, false, null)).expectException(violates("period")).expectNoEvents();
        // a correction cannot move a value into the future either (a value recorded before the rule existed)
        MetricObservationRecorded early = new MetricObservationRecorded(P, "c", "p", "M-CBO-SHARE", "2023-Q4",
                new BigDecimal("50.00"), BigDecimal.ONE, new BigDecimal("2"), "finance", OCT);
        fixture.given(history(baseline(), early)).when(new CorrectMetricObservationCommand(P, "M-CBO-SHARE",
                "2023-Q4", ratio("1", "4"), "r", OCT)).expectException(violates("period")).expectNoEvents();
    }

    @Test
    void valuesAndTargetsOutsideTheUnitsRangeAreInvalidInputNamingTheField() {
        fixture.given(history()).when(new RecordMetricObservationCommand(P, "M-ON-TIME", "2023-Q3",
                new Reading(new BigDecimal("101"), null, null), "AP", OCT, false, null))
                .expectException(invalid("value")).expectExceptionMessage("a percentage is between 0 and 100");
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-ON-TIME", "2023-Q2",
                        new Reading(new BigDecimal("-3"), null, null), "AP", OCT, false, null))
                .expectException(invalid("value")).expectNoEvents();
        fixture.given(history()).when(new SetMetricBaselineCommand(P, "M-CBO-SHARE", "2023-Q2", ratio("3", "2"), "s",
                OCT, false, null)).expectException(invalid("numerator")).expectNoEvents();
        fixture.given(history(baseline())).when(new SetMetricTargetCommand(P, "M-CBO-SHARE", "2024-Q4",
                new BigDecimal("120"), OCT)).expectException(invalid("value")).expectNoEvents();
        MetricBaselineSet newCbo = new MetricBaselineSet(P, "c", "p", "M-NEW-CBO", "2023-Q2", new BigDecimal("2"),
                null, null, "contracts", DAY);
        fixture.given(history(newCbo)).when(new SetMetricTargetCommand(P, "M-NEW-CBO", "2024-Q4",
                new BigDecimal("-1"), OCT)).expectException(invalid("value")).expectNoEvents();
        fixture.given(history(newCbo)).when(new SetMetricTargetCommand(P, "M-NEW-CBO", "2024-Q4",
                new BigDecimal("4.5"), OCT)).expectException(invalid("value")).expectNoEvents();
        fixture.given(history(baseline())).when(new SetMetricTargetCommand(P, "M-CBO-SHARE", "2024-Q4",
                new BigDecimal("100"), OCT)).expectSuccessfulHandlerExecution();
    }
}
