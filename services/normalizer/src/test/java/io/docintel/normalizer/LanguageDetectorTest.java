package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private static LanguageDetector detector;

  @BeforeAll
  static void loadProfiles() {
    detector = new LanguageDetector();
  }

  @Test
  void detectsEnglish() {
    LanguageDetector.Detection detection = detector.detect(
        "The cooperative replaced fourteen kilometres of old water mains this year, slightly less than planned, "
            + "because two crews were needed for emergency repairs after the storm.");
    assertThat(detection.language()).isEqualTo("en");
    assertThat(detection.confidence()).isBetween(0.8, 1.0);
  }

  @Test
  void leavesRunsOfAHundredWordCharactersOutOfTheSample() {
    String run = "abcdefghij".repeat(10);
    String shorter = run.substring(1);

    assertThat(LanguageDetector.sample("before " + run + "z after")).isEqualTo("before   after");
    assertThat(LanguageDetector.sample("kept: " + shorter + " and someone@example.org"))
        .isEqualTo("kept: " + shorter + " and someone@example.org");
    assertThat(LanguageDetector.sample("x".repeat(30_000))).isEqualTo(" ");
  }

  @Test
  void findsTheLanguageAroundAWordOfThousandsOfLetters() {
    String english = "The cooperative replaced fourteen kilometres of old water mains this year, slightly less "
        + "than planned, because two crews were needed for emergency repairs after the storm. ";
    LanguageDetector.Detection detection = detector.detect(english + "q".repeat(15_000) + " " + english);
    assertThat(detection.language()).isEqualTo("en");
  }

  @Test
  void detectsGerman() {
    LanguageDetector.Detection detection = detector.detect(
        "Die Genossenschaft hat in diesem Jahr vierzehn Kilometer alter Wasserleitungen ersetzt, etwas weniger "
            + "als geplant, weil zwei Trupps nach dem Sturm für Notreparaturen gebraucht wurden.");
    assertThat(detection.language()).isEqualTo("de");
    assertThat(detection.confidence()).isGreaterThan(0.8);
  }

  @Test
  void detectsFrench() {
    LanguageDetector.Detection detection = detector.detect(
        "La coopérative a remplacé cette année quatorze kilomètres de vieilles conduites d'eau, un peu moins que "
            + "prévu, car deux équipes ont dû effectuer des réparations d'urgence après la tempête.");
    assertThat(detection.language()).isEqualTo("fr");
  }

  @Test
  void shortTextIsUndetermined() {
    assertThat(detector.detect("Hello there")).isEqualTo(new LanguageDetector.Detection("und", 0.0));
    assertThat(detector.detect("12345 67890 !!! ???")).isEqualTo(new LanguageDetector.Detection("und", 0.0));
  }

  @Test
  void isSafeToShareBetweenThreads() throws InterruptedException {
    String english = "This sentence is written in plain English and should be recognised as such by the detector.";
    String german = "Dieser Satz ist auf Deutsch geschrieben und sollte vom Detektor auch so erkannt werden.";
    java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      boolean useGerman = t % 2 == 0;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 50; i++) {
          String got = detector.detect(useGerman ? german : english).language();
          if (!got.equals(useGerman ? "de" : "en")) {
            wrong.add(got);
          }
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wrong).isEmpty();
  }
}
