package io.docintel.classifier.labels;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.inference.pipeline.prototype.EmbeddingClassifier;
import io.docintel.inference.pipeline.prototype.LabelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a label set from JSON and validates it, failing with every problem at once:
 *
 * <pre>{@code
 * {"multiLabel": false, "topK": 3, "temperature": 0.05, "multiLabelThreshold": 0.5,
 *  "labels": [{"name": "invoice", "description": "A bill ...", "examples": ["Total due ..."]}]}
 * }</pre>
 *
 * Only {@code labels} is required; each label needs a name and a description, examples are
 * optional. The built-in set ({@link #builtIn()}) covers common business documents.
 */
public final class LabelSetFile {

  /** Classpath location of the built-in label set. */
  public static final String BUILT_IN = "/io/docintel/classifier/default-labels.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private LabelSetFile() {}

  /** The label set named by {@code DOCINTEL_CLASSIFIER_LABELS_FILE}, or the built-in one when blank. */
  public static LabelSet load(String fileOrBlank) {
    return fileOrBlank == null || fileOrBlank.isBlank() ? builtIn() : read(Path.of(fileOrBlank));
  }

  public static LabelSet builtIn() {
    try (InputStream in = LabelSetFile.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("built-in label set " + BUILT_IN + " is missing from the classpath");
      }
      return parse("classpath:" + BUILT_IN, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LabelSet read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new LabelSetException(file.toString(), List.of("cannot be read: " + e));
    }
    return parse(file.toString(), text);
  }

  /** Parses and validates {@code json}; {@code source} names it in errors. */
  public static LabelSet parse(String source, String json) {
    FileContent content;
    try {
      content = JSON.readValue(json, FileContent.class);
    } catch (JsonProcessingException e) {
      throw new LabelSetException(source, List.of("not valid label set JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr()));
    }
    if (content == null) {
      throw new LabelSetException(source, List.of("is empty"));
    }
    List<String> problems = new ArrayList<>();
    if (content.topK < 1) {
      problems.add("topK must be at least 1 but was " + content.topK);
    }
    if (!(content.temperature > 0) || content.temperature > 10) {
      problems.add("temperature must be in (0, 10] but was " + content.temperature);
    }
    if (!(content.multiLabelThreshold > 0 && content.multiLabelThreshold < 1)) {
      problems.add("multiLabelThreshold must be between 0 and 1 but was " + content.multiLabelThreshold);
    }
    if (content.labels == null || content.labels.isEmpty()) {
      problems.add("labels must list at least one label");
    }
    List<LabelSpec> specs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<LabelEntry> entries = content.labels == null ? List.of() : content.labels;
    for (int i = 0; i < entries.size(); i++) {
      LabelEntry entry = entries.get(i);
      String where = "labels[" + i + "]";
      if (entry == null || entry.name == null || entry.name.isBlank()) {
        problems.add(where + ".name is missing");
        continue;
      }
      where = "label '" + entry.name + "'";
      if (!seen.add(entry.name)) {
        problems.add(where + " is listed twice");
      }
      if (entry.description == null || entry.description.isBlank()) {
        problems.add(where + " needs a description");
      }
      List<String> examples = entry.examples == null ? List.of() : entry.examples;
      if (examples.stream().anyMatch(example -> example == null || example.isBlank())) {
        problems.add(where + " has a blank example");
      }
      if (problems.isEmpty()) {
        specs.add(new LabelSpec(entry.name, List.of(entry.description), examples));
      }
    }
    if (!problems.isEmpty()) {
      throw new LabelSetException(source, problems);
    }
    return new LabelSet(specs, content.multiLabel, content.topK, content.temperature, content.multiLabelThreshold);
  }

  private static final class FileContent {
    @JsonProperty public boolean multiLabel = false;
    @JsonProperty public int topK = 3;
    @JsonProperty public double temperature = EmbeddingClassifier.DEFAULT_TEMPERATURE;
    @JsonProperty public double multiLabelThreshold = 0.5;
    @JsonProperty public List<LabelEntry> labels;
  }

  private static final class LabelEntry {
    @JsonProperty public String name;
    @JsonProperty public String description;
    @JsonProperty public List<String> examples;
  }
}
