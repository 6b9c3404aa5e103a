package io.docintel.extractor.recognize;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The default model recognizer: runs of proper nouns (OpenNLP's English tokenizer and
 * part-of-speech tagger) are candidate names, and {@link SpanTyper} types each one PERSON,
 * ORGANIZATION, LOCATION or OTHER by embedding similarity, dropping the unsure.
 */
public final class ProperNounRecognizer implements EntityRecognizer {

  static final String NAME = "embedding";

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
  public List<Mention> recognize(String text) {
    List<Span> candidates = candidates(text);
    List<String> texts = candidates.stream().map(span -> text.substring(span.getStart(), span.getEnd())).toList();
    List<SpanTyper.Typed> types = typer.type(texts);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      SpanTyper.Typed typed = types.get(i);
      if (typed != null) {
        Span span = candidates.get(i);
        mentions.add(new Mention(typed.type(), span.getStart(), span.getEnd(), texts.get(i), null,
            typed.confidence(), NAME));
      }
    }
    return mentions;
  }

  /** Character spans of maximal runs of proper-noun tokens. */
  List<Span> candidates(String text) {
    Span[] tokens = tokenizer.get().tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    String[] tags = tagger.get().tag(words);
    List<Span> runs = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= tokens.length; i++) {
      boolean proper = i < tokens.length && isProperNoun(tags[i]) && Character.isUpperCase(words[i].charAt(0));
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
