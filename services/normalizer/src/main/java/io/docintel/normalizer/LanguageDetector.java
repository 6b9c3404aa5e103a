package io.docintel.normalizer;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Detects the language of a clean text with optimaize's n-gram detector: an ISO 639-1 code and
 * its probability, or {@link #UNDETERMINED} when the text is too short, the best guess is not
 * probable enough, or the language has no two-letter code. Loads the built-in profiles once, in
 * the constructor (about a second); thread-safe afterwards.
 */
public final class LanguageDetector {

  /** ISO 639-2 code for "undetermined". */
  public static final String UNDETERMINED = "und";
  /** Texts with fewer letters than this are not worth guessing. */
  static final int MIN_LETTERS = 20;
  /** The detector reads at most this many characters; more text does not change the answer. */
  static final int MAX_SAMPLE_CHARS = 20_000;
  /**
   * Runs of at least {@value #MAX_RUN} of the characters optimaize's e-mail filter matches
   * ({@code [-_.0-9A-Za-z]}) are left out of the sample: that filter's pattern rescans such a run
   * from each of its characters (a 20,000-letter word took seven seconds), and no language has
   * words that long.
   */
  static final int MAX_RUN = 100;
  private static final Pattern LONG_RUN = Pattern.compile("[-_.0-9A-Za-z]{" + MAX_RUN + ",}");

  /** A detected language: ISO 639-1 code (or {@code und}) and probability from 0 to 1. */
  public record Detection(String language, double confidence) {
    static final Detection UNKNOWN = new Detection(UNDETERMINED, 0.0);
  }

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingOnLargeText();
  private final double minConfidence;

  /** A detector that answers {@code und} below a probability of 0.80. */
  public LanguageDetector() {
    this(0.80);
  }

  public LanguageDetector(double minConfidence) {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be within 0..1: " + minConfidence);
    }
    this.minConfidence = minConfidence;
    try {
      this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read optimaize's built-in language profiles", e);
    }
  }

  /** The language of {@code text}; never null. */
  public Detection detect(String text) {
    String sample = sample(text);
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Detection.UNKNOWN;
    }
    List<DetectedLanguage> guesses = detector.getProbabilities(textFactory.forText(sample));
    if (guesses.isEmpty()) {
      return Detection.UNKNOWN;
    }
    DetectedLanguage best = guesses.get(0);
    String code = best.getLocale().getLanguage();
    if (best.getProbability() < minConfidence || code.length() != 2) {
      return Detection.UNKNOWN;
    }
    return new Detection(code, best.getProbability());
  }

  /** What the detector reads of {@code text}: its start, without runs of {@value #MAX_RUN} or more word characters. */
  static String sample(String text) {
    String start = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
    return LONG_RUN.matcher(start).replaceAll(" ");
  }
}
