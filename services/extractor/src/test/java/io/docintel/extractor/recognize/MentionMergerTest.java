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
}
