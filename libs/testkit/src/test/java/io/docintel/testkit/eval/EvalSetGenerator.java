package io.docintel.testkit.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code eval/documents.jsonl} from the marked-up texts in {@code eval-source/<label>.txt}
 * (test resources), so that no offset is ever counted by hand.
 *
 * <p>Source format: a line {@code === <id>} or {@code === <id> annotated} opens a document;
 * the lines up to the next header are its text. In annotated documents entity mentions are
 * written inline as {@code [[TYPE:mention]]}, or {@code [[TYPE:mention|normalized]]} for DATE
 * and MONEY; the generator strips the markers and records UTF-16 offsets. It refuses a set
 * with a bad checksum, a missing normalized value, a document outside 60–250 words, or an
 * annotated document with an unmarked e-mail address, URL, amount, percentage or date.
 *
 * <p>Run from the repository root after editing a source file (it reads the sources from
 * {@code libs/testkit/src/test/resources/eval-source/}, not from the classpath):
 * {@code java -cp <testkit test classpath> io.docintel.testkit.eval.EvalSetGenerator}
 * (optional argument: the output file). {@code EvaluationSetTest} fails while the committed
 * JSONL differs from what the sources give.
 */
public final class EvalSetGenerator {

  /** The classifier's default labels, one source file each. */
  public static final List<String> LABELS =
      List.of("invoice", "contract", "support-ticket", "news", "policy", "report");
  static final Path SOURCE_DIRECTORY = Path.of("libs/testkit/src/test/resources/eval-source");
  static final Path OUTPUT = Path.of("libs/testkit/src/main/resources/eval/documents.jsonl");

  private static final Pattern HEADER = Pattern.compile("=== ([a-z0-9-]+)( annotated)?");
  private static final Pattern MARKER = Pattern.compile("\\[\\[([A-Z_]+):([^\\]|]+)(?:\\|([^\\]]+))?\\]\\]");
  private static final Pattern MONEY_VALUE = Pattern.compile("\\d+\\.\\d{2} [A-Z]{3}");
  private static final int MIN_WORDS = 60;
  private static final int MAX_WORDS = 250;
  /** Mentions that must not stay unmarked in an annotated document. */
  private static final List<Pattern> MUST_BE_MARKED = List.of(
      Pattern.compile("\\S+@\\S+"),
      Pattern.compile("https?://|www\\."),
      Pattern.compile("\\d\\s?(%|percent\\b|per cent\\b)"),
      Pattern.compile("[€$£]\\s?\\d|\\d\\s?[€$£]"),
      Pattern.compile("\\b(EUR|USD|GBP|CHF|SEK|PLN|JPY)\\b"),
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"),
      Pattern.compile("\\b\\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September"
          + "|October|November|December)\\b|\\b(January|February|March|April|June|July|August|September"
          + "|October|November|December|May) \\d{1,2}\\b"),
      Pattern.compile("\\+\\d{2}|\\(\\d{3}\\)"),
      Pattern.compile("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b"));

  private EvalSetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
    List<LabelledDocument> documents = generateFromDirectory(SOURCE_DIRECTORY);
    StringBuilder jsonl = new StringBuilder();
    documents.forEach(document -> jsonl.append(EvaluationSet.toJsonLine(document)).append('\n'));
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, jsonl, StandardCharsets.UTF_8);
    System.out.println("wrote " + documents.size() + " documents to " + output);
  }

  /** Documents from the {@code eval-source/*.txt} resources on the classpath, in label order. */
  public static List<LabelledDocument> generateFromClasspath() {
    return generate(label -> {
      String resource = "eval-source/" + label + ".txt";
      try (InputStream in = EvalSetGenerator.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Documents from {@code <directory>/<label>.txt}, in label order. */
  public static List<LabelledDocument> generateFromDirectory(Path directory) {
    return generate(label -> {
      try {
        return Files.readString(directory.resolve(label + ".txt"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static List<LabelledDocument> generate(Function<String, String> sourceOfLabel) {
    List<LabelledDocument> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String label : LABELS) {
      for (LabelledDocument document : parseSource(label, sourceOfLabel.apply(label))) {
        if (!ids.add(document.id())) {
          throw new IllegalStateException("duplicate id " + document.id());
        }
        documents.add(document);
      }
    }
    return documents;
  }

  /** The documents of one label's source file. */
  public static List<LabelledDocument> parseSource(String label, String source) {
    List<LabelledDocument> documents = new ArrayList<>();
    String id = null;
    boolean annotated = false;
    StringBuilder body = new StringBuilder();
    for (String line : (source + "\n=== end").split("\n", -1)) {
      Matcher header = HEADER.matcher(line.strip());
      if (line.startsWith("===")) {
        if (!header.matches()) {
          throw new IllegalStateException("bad header: " + line);
        }
        if (id != null) {
          documents.add(toDocument(id, label, annotated, body.toString().strip()));
        }
        id = header.group(1);
        annotated = header.group(2) != null;
        body.setLength(0);
      } else if (id != null) {
        body.append(line.stripTrailing()).append('\n');
      } else if (!line.isBlank() && !line.startsWith("#")) {
        throw new IllegalStateException(label + ": text before the first header");
      }
    }
    return documents;
  }

  static LabelledDocument toDocument(String id, String label, boolean annotated, String marked) {
    StringBuilder text = new StringBuilder();
    List<AnnotatedEntity> entities = new ArrayList<>();
    Matcher marker = MARKER.matcher(marked);
    int copied = 0;
    while (marker.find()) {
      if (!annotated) {
        throw new IllegalStateException(id + ": marker in a document not marked annotated");
      }
      text.append(marked, copied, marker.start());
      String type = marker.group(1);
      String mention = marker.group(2);
      String normalized = marker.group(3);
      check(id, type, mention, normalized);
      int start = text.length();
      text.append(mention);
      entities.add(new AnnotatedEntity(type, start, text.length(), mention, normalized,
          EntityTypes.isPersonalData(type)));
      copied = marker.end();
    }
    text.append(marked.substring(copied));
    String plain = text.toString();
    if (plain.contains("[[") || plain.contains("]]")) {
      throw new IllegalStateException(id + ": malformed marker");
    }
    int words = plain.split("\\s+").length;
    if (words < MIN_WORDS || words > MAX_WORDS) {
      throw new IllegalStateException(id + ": " + words + " words, want " + MIN_WORDS + "-" + MAX_WORDS);
    }
    if (annotated) {
      requireAllMarked(id, plain, entities);
    }
    return new LabelledDocument(id, label, plain, entities, annotated);
  }

  private static void check(String id, String type, String mention, String normalized) {
    if (!EntityTypes.ANNOTATED.contains(type)) {
      throw new IllegalStateException(id + ": unknown type " + type);
    }
    if (EntityTypes.NORMALIZED.contains(type) != (normalized != null)) {
      throw new IllegalStateException(id + ": " + type + " \"" + mention + "\" normalized value wrong presence");
    }
    if (type.equals(EntityTypes.DATE)) {
      try {
        LocalDate.parse(normalized);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(id + ": bad date value " + normalized, e);
      }
    }
    if (type.equals(EntityTypes.MONEY) && !MONEY_VALUE.matcher(normalized).matches()) {
      throw new IllegalStateException(id + ": bad money value " + normalized);
    }
    if (type.equals(EntityTypes.IBAN) && !Checksums.ibanValid(mention)) {
      throw new IllegalStateException(id + ": IBAN fails mod-97: " + mention);
    }
    if (type.equals(EntityTypes.CREDIT_CARD) && !Checksums.luhnValid(mention)) {
      throw new IllegalStateException(id + ": card fails Luhn: " + mention);
    }
  }

  /** Fails when a pattern that looks like an annotated type occurs outside every marked span. */
  private static void requireAllMarked(String id, String text, List<AnnotatedEntity> entities) {
    char[] masked = text.toCharArray();
    for (AnnotatedEntity entity : entities) {
      for (int i = entity.start(); i < entity.end(); i++) {
        masked[i] = '#';
      }
    }
    String rest = new String(masked);
    for (Pattern pattern : MUST_BE_MARKED) {
      Matcher matcher = pattern.matcher(rest);
      if (matcher.find()) {
        throw new IllegalStateException(id + ": unmarked \"" + matcher.group() + "\" at " + matcher.start());
      }
    }
  }
}
