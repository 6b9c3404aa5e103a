package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.testkit.eval.EvaluationSet;
import io.docintel.testkit.eval.LabelledDocument;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The faster OpenNLP settings the extractor runs (whole alphanumeric words, greedy tagging) find
 * the same proper-noun words as OpenNLP's shipped settings on every text of the evaluation set.
 */
class OpenNlpModelsTest {

  @Test
  void fastSettingsFindTheSameProperNounsAsTheShippedOnes() {
    List<String> texts = EvaluationSet.load().stream().map(LabelledDocument::text).toList();
    List<String> shipped = properNouns(texts, OpenNlpModels.shippedTokenizer(), OpenNlpModels.shippedPartsOfSpeech());
    List<String> fast = properNouns(texts, OpenNlpModels.tokenizer(), OpenNlpModels.partsOfSpeech());

    assertThat(shipped).hasSizeGreaterThan(300);
    assertThat(fast).containsExactlyElementsOf(shipped);
  }

  @Test
  void fastTaggerDecodesWithABeamOfOne() {
    assertThat(OpenNlpModels.shippedPartsOfSpeech().getManifestProperty("BeamSize")).isEqualTo("3");
    assertThat(OpenNlpModels.partsOfSpeech().getManifestProperty("BeamSize")).isEqualTo("1");
    assertThat(OpenNlpModels.tokenizer().getFactory().isUseAlphaNumericOptimization()).isTrue();
  }

  /** "text#offset:word" of every capitalised word tagged a proper noun. */
  private static List<String> properNouns(List<String> texts, TokenizerModel tokens, POSModel tags) {
    TokenizerME tokenizer = new TokenizerME(tokens);
    POSTaggerME tagger = new POSTaggerME(tags);
    List<String> found = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      Span[] spans = tokenizer.tokenizePos(text);
      String[] words = Span.spansToStrings(spans, text);
      String[] wordTags = tagger.tag(words);
      for (int w = 0; w < words.length; w++) {
        if ((wordTags[w].equals("PROPN") || wordTags[w].startsWith("NNP")) && Character.isUpperCase(words[w].charAt(0))) {
          found.add(t + "#" + spans[w].getStart() + ":" + words[w]);
        }
      }
    }
    return found;
  }
}
