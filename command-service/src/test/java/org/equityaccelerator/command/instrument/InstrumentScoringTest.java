package org.equityaccelerator.command.instrument;

import org.equityaccelerator.command.instrument.Instrument.Answer;
import org.equityaccelerator.command.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentScoringTest {
    static final Map<String, Answer> ANSWERS = Map.of("D1.1", new Answer("3"), "D1.2", new Answer("1"),
            "D2.1", new Answer("2"));

    @Test
    void meanOfItemsWeighsItemsAndAveragesDomains() {
        Instrument.Scores scores = SampleInstrument.instrument(ScoringRule.MEAN_OF_ITEMS, null).score(ANSWERS);
        // D1 = (3*1 + 1*3) / 4 = 1.50; D2 = 2; overall = mean of domains = 1.75, which reached level 1
        assertThat(scores.domainScores()).isEqualTo(Map.of("D1", new BigDecimal("1.50"),
                "D2", new BigDecimal("2.00")));
        assertThat(scores.overallScore()).isEqualByComparingTo("1.75");
        assertThat(scores.stage()).isEqualTo("Some awareness");
        assertThat(scores.answered()).isEqualTo(3);
        assertThat(scores.itemLevels()).containsEntry("D1.2", BigDecimal.ONE);
    }

    @Test
    void notApplicableAnswersCountForNothingAndADomainOfOnlyNaHasNoScore() {
        Instrument.Scores scores = SampleInstrument.instrument(ScoringRule.MEAN_OF_ITEMS, null)
                .score(Map.of("D1.1", new Answer("3"), "D1.2", new Answer("3"), "D2.1", Answer.NOT_APPLICABLE));
        assertThat(scores.domainScores()).containsOnlyKeys("D1");
        assertThat(scores.overallScore()).isEqualByComparingTo("3");
        assertThat(scores.notApplicable()).isEqualTo(1);
        assertThat(scores.answered()).isEqualTo(2);
    }

    @Test
    void percentAtOrAboveLevelIsTheWeightedShareOfItemsThatReachedIt() {
        Instrument.Scores scores = SampleInstrument.instrument(ScoringRule.PERCENT_AT_OR_ABOVE_LEVEL, "2")
                .score(ANSWERS);
        // D1: only D1.1 (weight 1 of 4) is at 2 or above -> 25%; D2 -> 100%; overall weight 2 of 5 -> 40%
        assertThat(scores.domainScores().get("D1")).isEqualByComparingTo("25");
        assertThat(scores.domainScores().get("D2")).isEqualByComparingTo("100");
        assertThat(scores.overallScore()).isEqualByComparingTo("40");
        assertThat(scores.stage()).isNull();
    }

    @Test
    void aGatedStageIsTheLowestItemOfTheDomainAndOverallTheLowestDomain() {
        Instrument.Scores scores = SampleInstrument.instrument(ScoringRule.GATED_STAGE, null).score(ANSWERS);
        assertThat(scores.domainScores().get("D1")).isEqualByComparingTo("1");
        assertThat(scores.domainScores().get("D2")).isEqualByComparingTo("2");
        assertThat(scores.overallScore()).isEqualByComparingTo("1");
        assertThat(scores.stage()).isEqualTo("Some awareness");
    }

    @Test
    void answersMustBeOnTheScaleAndNaOnlyWhereTheItemAllowsIt() {
        Instrument instrument = SampleInstrument.instrument(ScoringRule.MEAN_OF_ITEMS, null);
        assertThat(instrument.rankOf(instrument.item("D1.2", "itemKey"), new Answer("2"), "levelCode")).isEqualTo(2);
        assertThatThrownBy(() -> instrument.rankOf(instrument.item("D1.1", "itemKey"), new Answer("4"), "levelCode"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not on the scale");
        assertThatThrownBy(() -> instrument.rankOf(instrument.item("D1.1", "itemKey"), Answer.NOT_APPLICABLE, "x"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("does not allow 'not applicable'");
        assertThat(instrument.rankOf(instrument.item("D2.1", "itemKey"), Answer.NOT_APPLICABLE, "x")).isNull();
        assertThatThrownBy(() -> instrument.item("D9.9", "itemKey")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void requiredItemsWithoutAnAnswerAreListed() {
        Instrument instrument = SampleInstrument.instrument(ScoringRule.MEAN_OF_ITEMS, null);
        assertThat(instrument.missingRequired(Map.of("D1.1", new Answer("1")))).containsExactly("D1.2");
        assertThat(instrument.missingRequired(Map.of("D1.1", new Answer("1"), "D1.2", new Answer("0")))).isEmpty();
    }
}
