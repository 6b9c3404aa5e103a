package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

  @Test
  void patternsBeatModelsLongerBeatsShorterAndRepeatsCollapse() {
    Mention person = new Mention(EntityType.PERSON, 0, 10, "Anna Berg", null, 0.9, ProperNounRecognizer.NAME);
    Mention email = new Mention(EntityType.EMAIL, 5, 25, "x", "x", 1, PatternRecognizer.NAME);
    Mention shortDate = new Mention(EntityType.DATE, 30, 35, "x", "x", 1, PatternRecognizer.NAME);
    Mention longDate = new Mention(EntityType.DATE, 30, 40, "x", "x", 1, PatternRecognizer.NAME);
    Mention repeat = new Mention(EntityType.DATE, 30, 40, "x", "x", 1, PatternRecognizer.NAME);
    assertThat(MentionMerger.merge(List.of(person, email, shortDate, longDate, repeat)))
        .containsExactly(email, longDate);
  }

  @Test
  void aPatternMentionBeatsALongerModelMentionAndModelsResolveByLength() {
    Mention modelLong = new Mention(EntityType.ORGANIZATION, 0, 30, "x", null, 0.99, ProperNounRecognizer.NAME);
    Mention iban = new Mention(EntityType.IBAN, 10, 20, "x", "x", 1, PatternRecognizer.NAME);
    Mention shortName = new Mention(EntityType.PERSON, 40, 44, "x", null, 0.99, ProperNounRecognizer.NAME);
    Mention longName = new Mention(EntityType.PERSON, 40, 50, "x", null, 0.60, ProperNounRecognizer.NAME);
    Mention later = new Mention(EntityType.DATE, 60, 70, "x", "x", 1, PatternRecognizer.NAME);
    assertThat(MentionMerger.merge(List.of(later, longName, shortName, iban, modelLong)))
        .containsExactly(iban, longName, later);
  }
}
