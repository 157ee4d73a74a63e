package org.equityaccelerator.command.cohort;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.equityaccelerator.command.rules.InvalidInput;
import org.equityaccelerator.events.CohortOpened;
import org.equityaccelerator.events.Disaggregation;
import org.equityaccelerator.events.MetricAdoptedForCohort;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.matches;
import static org.assertj.core.api.Assertions.assertThat;

/** A metric adoption declares its disaggregation dimensions: groups, a reference group among them, each once. */
class MetricDimensionsTest {
    static final LocalDate FEB = LocalDate.of(2023, 2, 1);
    AggregateTestFixture<Cohort> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cohort.class);
    }

    static CohortOpened opened() {
        return new CohortOpened("c-1", "pha-rea", "2023", "SoCal", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 12, 31), 3, 8, List.of(), FEB, 3, 11);
    }

    static AdoptMetricCommand adopt(AdoptMetricCommand.Dimension... dimensions) {
        return new AdoptMetricCommand("c-1", "M-ADV-PAY-SHARE", "1.0", "% of new CBO awards offering advance payment",
                AdoptMetricCommand.MetricUnit.PERCENT, AdoptMetricCommand.Polarity.HIGHER_IS_BETTER,
                AdoptMetricCommand.Frequency.QUARTER, AdoptMetricCommand.Aggregation.POOLED_RATIO, FEB, null, null,
                "awards offering advance payment", "new CBO awards", null, List.of(dimensions));
    }

    static AdoptMetricCommand.Dimension language(String reference, String... groups) {
        return new AdoptMetricCommand.Dimension("LANGUAGE", List.of(groups), reference);
    }

    static Matcher<Object> refusedAt(String field) {
        return matches(e -> e instanceof InvalidInput i && i.field().equals(field));
    }

    @Test
    void theDimensionsWithTheirGroupsAndReferenceGroupAreRecordedWithTheAdoption() {
        fixture.given(opened())
                .when(adopt(language("ENGLISH", "ENGLISH", "SPANISH", "OTHER"),
                        new AdoptMetricCommand.Dimension("PLACE", List.of("HPI_Q1", "HPI_Q2_Q4"), "HPI_Q2_Q4")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(matches(p ->
                                p instanceof MetricAdoptedForCohort a && a.disaggregations().equals(List.of(
                                        new Disaggregation("LANGUAGE", List.of("ENGLISH", "SPANISH", "OTHER"), "ENGLISH"),
                                        new Disaggregation("PLACE", List.of("HPI_Q1", "HPI_Q2_Q4"), "HPI_Q2_Q4"))))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void aReferenceGroupOutsideTheGroupsIsRefusedNamingIt() {
        fixture.given(opened()).when(adopt(language("FRENCH", "ENGLISH", "SPANISH")))
                .expectException(refusedAt("disaggregations[0].referenceGroup")).expectNoEvents();
    }

    @Test
    void aDimensionNeedsTwoDistinctGroupsAndIsDeclaredOnce() {
        fixture.given(opened()).when(adopt(language("ENGLISH", "ENGLISH")))
                .expectException(refusedAt("disaggregations[0].groups")).expectNoEvents();
        fixture.given(opened()).when(adopt(language("ENGLISH", "ENGLISH", "SPANISH", "ENGLISH")))
                .expectException(refusedAt("disaggregations[0].groups")).expectNoEvents();
        fixture.given(opened()).when(adopt(language("ENGLISH", "ENGLISH", "SPANISH"),
                        language("SPANISH", "ENGLISH", "SPANISH")))
                .expectException(refusedAt("disaggregations[1].dimension")).expectNoEvents();
    }

    @Test
    void theRuleParticipantsAreCheckedAgainstKnowsTheDimensions() {
        MetricRule rule = new MetricRule("PERCENT", "QUARTER", "POOLED_RATIO",
                List.of(new Disaggregation("LANGUAGE", List.of("ENGLISH", "SPANISH"), "ENGLISH")));
        assertThat(rule.dimension("LANGUAGE")).map(Disaggregation::referenceGroup).contains("ENGLISH");
        assertThat(rule.dimension("PLACE")).isEmpty();
        assertThat(opened().minCellCount()).isEqualTo(11);
    }
}
