package io.docintel.extractor.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Character spans of maximal runs of capitalised proper-noun tokens within a line. */
  List<Span> candidates(String text) {
    Span[] tokens = tokenizer.get().tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    String[] tags = tagger.get().tag(words);
    List<Span> runs = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= tokens.length; i++) {
      boolean proper = i < tokens.length && isProperNoun(tags[i]) && Character.isUpperCase(words[i].charAt(0));
      // A name does not continue over a line break (a signature line, a heading above a paragraph).
      if (proper && runStart >= 0 && text.substring(tokens[i - 1].getEnd(), tokens[i].getStart()).indexOf('\n') >= 0) {
        runs.add(new Span(tokens[runStart].getStart(), tokens[i - 1].getEnd()));
        runStart = -1;
      }
      if (proper && runStart < 0) {
        runStart = i;
      } else if (!proper && runStart >= 0) {
        runs.add(new Span(tokens[runStart].getStart(), tokens[i - 1].getEnd()));
        runStart = -1;
      }
    }
    return runs;
  }

  private static boolean isProperNoun(String tag) {
    return tag.equals("PROPN") || tag.startsWith("NNP");
  }
}
