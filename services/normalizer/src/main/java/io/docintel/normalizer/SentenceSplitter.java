package io.docintel.normalizer;

import io.docintel.schemas.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits clean text into sentences, as half-open UTF-16 offsets into that text. A blank line
 * always ends a sentence (paragraph break). Within a paragraph, English and undetermined text go
 * through Apache OpenNLP's English sentence model (from the {@code opennlp-models-sentdetect-en}
 * jar); other languages through the JDK's locale-aware {@link BreakIterator}, which knows the
 * full stops of scripts such as CJK that the English model does not.
 *
 * <p>Neither splits after common abbreviations that precede a name or number ("Mrs.", "Dr.",
 * "No.", "e.g."). Every non-whitespace character of the text lies in exactly one sentence, and sentences
 * neither start nor end with whitespace. Loads the model once; thread-safe (each call makes its
 * own {@link SentenceDetectorME}, which is cheap, over the shared immutable model).
 */
public final class SentenceSplitter {

  /** Abbreviations, without their full stop, after which a sentence never ends. */
  private static final Set<String> NON_TERMINAL_ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "St", "Mt", "Gen", "Col", "Capt", "Rev", "Hon",
      "No", "Nos", "Fig", "Art", "Sec", "vs", "e.g", "i.e", "cf", "approx", "ca");

  private final SentenceModel englishModel;

  public SentenceSplitter() {
    this.englishModel = loadEnglishModel();
  }

  /** Sentences of {@code text} in order; {@code language} is an ISO 639-1 code or {@code und}. */
  public List<Span> split(String text, String language) {
    List<Span> sentences = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int blank = text.indexOf("\n\n", paragraphStart);
      int paragraphEnd = blank < 0 ? text.length() : blank;
      splitParagraph(text, paragraphStart, paragraphEnd, language, sentences);
      paragraphStart = paragraphEnd + (blank < 0 ? 0 : 2);
    }
    return sentences;
  }

  private void splitParagraph(String text, int start, int end, String language, List<Span> out) {
    String paragraph = text.substring(start, end);
    int from = 0;
    for (int sentenceEnd : sentenceEnds(paragraph, language)) {
      addTrimmed(text, start + from, start + sentenceEnd, out);
      from = sentenceEnd;
    }
    addTrimmed(text, start + from, end, out);
  }

  private List<Integer> sentenceEnds(String paragraph, String language) {
    List<Integer> ends = new ArrayList<>();
    if (usesEnglishModel(language)) {
      for (opennlp.tools.util.Span span : new SentenceDetectorME(englishModel).sentPosDetect(paragraph)) {
        ends.add(span.getEnd());
      }
    } else {
      BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
      boundaries.setText(paragraph);
      for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
        ends.add(end);
      }
    }
    ends.removeIf(end -> endsWithTitle(paragraph, end));
    return ends;
  }

  /**
   * True when the text before {@code end} finishes with an abbreviation that precedes a name or
   * number rather than ending a sentence; the English model splits after "Mrs." and "Prof.".
   */
  private static boolean endsWithTitle(String paragraph, int end) {
    int stop = end;
    while (stop > 0 && Character.isWhitespace(paragraph.charAt(stop - 1))) {
      stop--;
    }
    if (stop == 0 || paragraph.charAt(stop - 1) != '.') {
      return false;
    }
    int wordStart = stop - 1;
    while (wordStart > 0 && !Character.isWhitespace(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    return NON_TERMINAL_ABBREVIATIONS.contains(paragraph.substring(wordStart, stop - 1));
  }

  private static boolean usesEnglishModel(String language) {
    return "en".equals(language) || LanguageDetector.UNDETERMINED.equals(language);
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(new Span(start, end));
    }
  }

  /**
   * Finds the English sentence model by the {@code model.properties} its jar carries, since other
   * OpenNLP model jars put a file of the same name at the root of the classpath.
   */
  private static SentenceModel loadEnglishModel() {
    ClassLoader loader = SentenceSplitter.class.getClassLoader();
    try {
      Enumeration<URL> descriptors = loader.getResources("model.properties");
      while (descriptors.hasMoreElements()) {
        Properties descriptor = new Properties();
        try (InputStream in = descriptors.nextElement().openStream()) {
          descriptor.load(in);
        }
        String name = descriptor.getProperty("model.name", "");
        if ("en".equals(descriptor.getProperty("model.language")) && name.contains("sentence")) {
          try (InputStream model = loader.getResourceAsStream(name)) {
            if (model != null) {
              return new SentenceModel(model);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP's English sentence model", e);
    }
    throw new IllegalStateException(
        "OpenNLP's English sentence model is not on the classpath (org.apache.opennlp:opennlp-models-sentdetect-en)");
  }
}
