package io.docintel.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** Parses a folder of .avsc files into top-level schemas by file name, shared named types first. */
final class SchemaFiles {

  /** Files that define named types other files use; parsed first, in this order. */
  static final List<String> SHARED_FIRST =
      List.of("Span.avsc", "Provenance.avsc", "Extraction.avsc", "Classification.avsc", "Summary.avsc");

  private SchemaFiles() {}

  static Map<String, Schema> parse(Path folder) {
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> schemas = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> ordered = files.filter(f -> f.toString().endsWith(".avsc"))
          .sorted((a, b) -> Integer.compare(rank(a), rank(b)) != 0
              ? Integer.compare(rank(a), rank(b)) : a.compareTo(b))
          .toList();
      for (Path file : ordered) {
        schemas.put(file.getFileName().toString(), parser.parse(file.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schemas;
  }

  private static int rank(Path file) {
    int index = SHARED_FIRST.indexOf(file.getFileName().toString());
    return index < 0 ? SHARED_FIRST.size() : index;
  }
}
