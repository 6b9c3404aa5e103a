package io.docintel.extractor.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models from their Maven Central jars. Each jar describes its model in a
 * {@code model.properties} at the classpath root, so the right one is found by its description.
 */
final class OpenNlpModels {

  /** Where a POS model keeps its maximum-entropy classifier. */
  private static final String POS_CLASSIFIER = "pos.model";

  private OpenNlpModels() {}

  /**
   * The English tokenizer, set to take a word of only letters and digits whole. The shipped model
   * asks its classifier at every character of every word; a name is such a word, so only words with
   * punctuation need it. Same names found on the evaluation set ({@code OpenNlpModelsTest}). Its
   * classifier computes with {@link Math#exp} ({@link FastExpMaxentModel}).
   */
  static TokenizerModel tokenizer() {
    TokenizerModel shipped = shippedTokenizer();
    TokenizerFactory factory = shipped.getFactory();
    return new TokenizerModel(FastExpMaxentModel.of(shipped.getMaxentModel()), Map.of(),
        new TokenizerFactory(shipped.getLanguage(), factory.getAbbreviationDictionary(), true,
            factory.getAlphaNumericPattern()));
  }

  /**
   * The English part-of-speech tagger, decoding greedily (a beam of 1 instead of the shipped 3):
   * a third of the classifier calls per word, and the same names found on the evaluation set
   * ({@code OpenNlpModelsTest}). Its classifier computes with {@link Math#exp} ({@link FastExpMaxentModel}).
   */
  static POSModel partsOfSpeech() {
    POSModel shipped = shippedPartsOfSpeech();
    MaxentModel classifier = shipped.getArtifact(POS_CLASSIFIER);
    return new POSModel(shipped.getLanguage(), FastExpMaxentModel.of(classifier), 1, Map.of(), shipped.getFactory());
  }

  static TokenizerModel shippedTokenizer() {
    try (InputStream in = english("tokens")) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP's English tokenizer model", e);
    }
  }

  static POSModel shippedPartsOfSpeech() {
    try (InputStream in = english("pos")) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP's English part-of-speech model", e);
    }
  }

  private static InputStream english(String kind) throws IOException {
    ClassLoader loader = OpenNlpModels.class.getClassLoader();
    Enumeration<URL> descriptors = loader.getResources("model.properties");
    while (descriptors.hasMoreElements()) {
      Properties descriptor = new Properties();
      try (InputStream in = descriptors.nextElement().openStream()) {
        descriptor.load(in);
      }
      String name = descriptor.getProperty("model.name", "");
      if ("en".equals(descriptor.getProperty("model.language")) && name.contains("-" + kind + "-")) {
        InputStream model = loader.getResourceAsStream(name);
        if (model != null) {
          return model;
        }
      }
    }
    throw new IllegalStateException("OpenNLP's English " + kind + " model is not on the classpath "
        + "(org.apache.opennlp:opennlp-models-" + (kind.equals("tokens") ? "tokenizer" : kind) + "-en)");
  }
}
