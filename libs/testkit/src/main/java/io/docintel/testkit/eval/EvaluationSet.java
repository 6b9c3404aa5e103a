package io.docintel.testkit.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled evaluation set written for docintel: short business documents over the
 * classifier's default labels, with entity annotations on a subset. Read from the JSON Lines
 * resource {@value #RESOURCE} (one {@link LabelledDocument} per line), which
 * {@code EvalSetGenerator} in the test sources writes from marked-up texts. See
 * {@code eval/README.md} beside it for the annotation conventions.
 */
public final class EvaluationSet {

  public static final String RESOURCE = "eval/documents.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private EvaluationSet() {}

  /** Every document, in file order; spans are checked against the text while loading. */
  public static List<LabelledDocument> load() {
    try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Documents from JSON Lines text; blank lines are skipped. */
  public static List<LabelledDocument> parse(BufferedReader lines) throws IOException {
    List<LabelledDocument> documents = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        documents.add(JSON.readValue(line, LabelledDocument.class));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(documents);
  }

  /** Serializes one document as a JSON line, in the form {@link #parse} reads. */
  public static String toJsonLine(LabelledDocument document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
