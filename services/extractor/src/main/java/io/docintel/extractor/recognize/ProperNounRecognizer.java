package io.docintel.extractor.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The default model recognizer: runs of proper nouns (OpenNLP's English tokenizer and
 * part-of-speech tagger) are candidate names, and {@link SpanTyper} types each one PERSON,
 * ORGANIZATION, LOCATION or OTHER by embedding similarity, dropping the unsure. All distinct
 * candidates of a document go to the embedding model in one call.
 */
public final class ProperNounRecognizer implements EntityRecognizer {

  public static final String NAME = "embedding";
  /** Longer words are never part of a name and are not shown to the tokenizer. */
  static final int MAX_WORD_CHARS = 100;

  /** Lower-case words that belong inside a name between two capitalised ones. */
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "la", "le", "bin", "al", "ter");
  /** Words before a name that are not part of it. */
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir",
      "Dame", "Lord", "Lady", "Rev", "Governor", "Mayor", "President", "Minister", "Senator", "Judge", "Captain",
      "Councillor", "Dear");

  private final TokenizerModel tokenizerModel = OpenNlpModels.tokenizer();
  private final POSModel posModel = OpenNlpModels.partsOfSpeech();
  // OpenNLP's ME classes keep per-call state, so each thread has its own over the shared models.
  private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
  private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
  private final SpanTyper typer;

  public ProperNounRecognizer(SpanTyper typer) {
    this.typer = typer;
  }

  @Override
  public boolean usesModel() {
    return true;
  }

  @Override
  public List<Mention> recognize(String text) {
    return recognizeAll(List.of(text)).get(0);
  }

  @Override
  public List<List<Mention>> recognizeAll(List<String> texts) {
    List<List<Span>> candidates = texts.stream().map(this::candidates).toList();
    // Overlapping chunks and repeated names give the same string many times; type each once.
    Map<String, SpanTyper.Typed> types = new LinkedHashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      for (Span span : candidates.get(t)) {
        types.put(texts.get(t).substring(span.getStart(), span.getEnd()), null);
      }
    }
    List<String> distinct = new ArrayList<>(types.keySet());
    List<SpanTyper.Typed> typed = typer.type(distinct);
    for (int i = 0; i < distinct.size(); i++) {
      types.put(distinct.get(i), typed.get(i));
    }
    List<List<Mention>> out = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      List<Mention> mentions = new ArrayList<>();
      for (Span span : candidates.get(t)) {
        String mention = texts.get(t).substring(span.getStart(), span.getEnd());
        SpanTyper.Typed type = types.get(mention);
        if (type != null) {
          mentions.add(new Mention(type.type(), span.getStart(), span.getEnd(), mention, null, type.confidence(), NAME));
        }
      }
      out.add(mentions);
    }
    return out;
  }

  /**
   * Character spans of maximal runs of capitalised proper-noun tokens, which may hold a lower-case
   * name particle ("Pieter de Waal"), without leading titles ("Dr.", "Governor"). A run ends at a
   * line break, a tab or a wider gap than one space (table cells, signature blocks).
   */
  List<Span> candidates(String text) {
    text = withoutLongWords(text);
    Span[] tokens = tokenizer.get().tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    String[] tags = tagger.get().tag(words);
    List<Span> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      if (!isName(words[i], tags[i])) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int next = i + 1;
      while (next < tokens.length && adjacent(text, tokens[last], tokens[next])) {
        if (isName(words[next], tags[next])) {
          last = next++;
        } else if (NAME_PARTICLES.contains(words[next]) && next + 1 < tokens.length
            && isName(words[next + 1], tags[next + 1]) && adjacent(text, tokens[next], tokens[next + 1])) {
          last = next + 1;
          next += 2;
        } else {
          break;
        }
      }
      while (first <= last && isTitle(words[first])) {
        first++;
      }
      if (first <= last) {
        runs.add(new Span(tokens[first].getStart(), tokens[last].getEnd()));
      }
      i = next;
    }
    return runs;
  }

  /**
   * {@code text} with every run of more than {@link #MAX_WORD_CHARS} non-whitespace characters
   * blanked out, offsets kept. No name is that long, and OpenNLP's tokenizer takes time in the
   * square of a word's length (its features are the word's prefix and suffix at every position):
   * a one-megabyte "word" would hold the extractor for hours.
   */
  static String withoutLongWords(String text) {
    StringBuilder masked = null;
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - start > MAX_WORD_CHARS) {
        if (masked == null) {
          masked = new StringBuilder(text);
        }
        for (int j = start; j < i; j++) {
          masked.setCharAt(j, ' ');
        }
      }
    }
    return masked == null ? text : masked.toString();
  }

  private static boolean isName(String word, String tag) {
    return isProperNoun(tag) && Character.isUpperCase(word.charAt(0));
  }

  private static boolean adjacent(String text, Span before, Span after) {
    String gap = text.substring(before.getEnd(), after.getStart());
    return gap.length() <= 1 && gap.indexOf('\n') < 0 && gap.indexOf('\t') < 0;
  }

  private static boolean isTitle(String word) {
    return TITLES.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }

  private static boolean isProperNoun(String tag) {
    return tag.equals("PROPN") || tag.startsWith("NNP");
  }
}
