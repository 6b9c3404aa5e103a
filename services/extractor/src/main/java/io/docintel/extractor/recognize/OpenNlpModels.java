package io.docintel.extractor.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models from their Maven Central jars. Each jar describes its model in a
 * {@code model.properties} at the classpath root, so the right one is found by its description.
 */
final class OpenNlpModels {

  private OpenNlpModels() {}

  static TokenizerModel tokenizer() {
    try (InputStream in = english("tokens")) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP's English tokenizer model", e);
    }
  }

  static POSModel partsOfSpeech() {
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
