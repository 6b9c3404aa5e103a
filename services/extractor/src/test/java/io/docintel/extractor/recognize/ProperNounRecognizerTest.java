package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default model recognizer with the shipped MiniLM and OpenNLP's English models. */
class ProperNounRecognizerTest {

  static LoadedModel model;
  static ProperNounRecognizer recognizer;

  @BeforeAll
  static void load() {
    model = ModelLoader.load("minilm-l6-q", SessionSettings.fromEnv(Map.of()));
    recognizer = new ProperNounRecognizer(new SpanTyper(new TextEmbedder(model), 0.05, 0.55));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void candidatesAreProperNounRunsThatStopAtLineBreaks() {
    String text = "Kind regards,\nMarta Kowalski\nCustomer Success at Northwind Traders";
    assertThat(recognizer.candidates(text)).extracting(s -> text.substring(s.getStart(), s.getEnd()))
        .contains("Marta Kowalski").noneMatch(c -> c.contains("\n"));
  }

  @Test
  void candidatesKeepNameParticlesAndDropTitlesAndStopAtWideGaps() {
    String text = "Signed by Dr. Tobias Brenner and Pieter de Waal.\nPatient: Olivia Brandt   Ward 4";
    assertThat(recognizer.candidates(text)).extracting(s -> text.substring(s.getStart(), s.getEnd()))
        .contains("Tobias Brenner", "Pieter de Waal", "Olivia Brandt")
        .noneMatch(c -> c.startsWith("Dr") || c.contains("  "));
  }

  @Test
  void overlongWordsAreBlankedWithOffsetsKept() {
    String longWord = "x".repeat(ProperNounRecognizer.MAX_WORD_CHARS + 1);
    String text = "Marta Kowalski wrote " + longWord + " and\t" + "y".repeat(ProperNounRecognizer.MAX_WORD_CHARS);
    String masked = ProperNounRecognizer.withoutLongWords(text);
    assertThat(masked).hasSameSizeAs(text).doesNotContain("x")
        .startsWith("Marta Kowalski wrote ").endsWith(" and\t" + "y".repeat(ProperNounRecognizer.MAX_WORD_CHARS));
    assertThat(ProperNounRecognizer.withoutLongWords("Short words only.")).isEqualTo("Short words only.");
  }

  @Test
  void namesAroundAMegabyteWordAreFoundAtTheirOffsets() {
    String text = "Marta Kowalski sent " + "abcdefghij".repeat(100_000) + " to Henrik Lindqvist yesterday.";
    assertThat(recognizer.candidates(text)).extracting(s -> text.substring(s.getStart(), s.getEnd()))
        .containsExactly("Marta Kowalski", "Henrik Lindqvist");
  }

  @Test
  void aPersonNameIsTypedPersonWithItsOffsets() {
    String text = "Yesterday Marta Kowalski called about her order.";
    List<Mention> mentions = recognizer.recognize(text);
    assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Marta Kowalski");
      assertThat(text.substring(m.start(), m.end())).isEqualTo("Marta Kowalski");
      assertThat(m.confidence()).isBetween(0.55, 1.0);
      assertThat(m.recognizer()).isEqualTo(ProperNounRecognizer.NAME);
    });
  }

  @Test
  void placesAreNotPeople() {
    List<Mention> mentions = recognizer.recognize("The team flew from Berlin to Lisbon in spring.");
    assertThat(mentions).filteredOn(m -> m.text().equals("Berlin") || m.text().equals("Lisbon"))
        .isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.LOCATION));
  }

  @Test
  void eachChunkGetsItsOwnMentionsFromOneCall() {
    List<List<Mention>> perText = recognizer.recognizeAll(List.of("Marta Kowalski wrote.", "No names here.",
        "Again, Marta Kowalski wrote."));
    assertThat(perText).hasSize(3);
    assertThat(perText.get(0)).extracting(Mention::start).containsExactly(0);
    assertThat(perText.get(1)).isEmpty();
    assertThat(perText.get(2)).extracting(Mention::start).containsExactly(7);
  }
}
