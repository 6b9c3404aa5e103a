package io.docintel.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;

/**
 * Decides whether a candidate schema may follow a subject's earlier schemas under a
 * {@link CompatibilityLevel}, using Avro's own {@link SchemaCompatibility}. BACKWARD means the
 * candidate can read data written with the earlier schema; FORWARD means data written with the
 * candidate can be read with the earlier schema; FULL is both. Non-transitive levels compare
 * with the latest earlier schema only.
 */
public final class CompatibilityChecker {

  private CompatibilityChecker() {}

  /**
   * The reasons {@code candidate} is incompatible, empty when it is compatible.
   *
   * @param earlier the subject's live schemas, oldest first
   */
  public static List<String> incompatibilities(CompatibilityLevel level, Schema candidate, List<Schema> earlier) {
    List<String> messages = new ArrayList<>();
    if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
      return messages;
    }
    List<Schema> compared = level.transitive ? earlier : List.of(earlier.get(earlier.size() - 1));
    for (Schema old : compared) {
      if (level.backward) {
        describe("BACKWARD", SchemaCompatibility.checkReaderWriterCompatibility(candidate, old).getResult(), messages);
      }
      if (level.forward) {
        describe("FORWARD", SchemaCompatibility.checkReaderWriterCompatibility(old, candidate).getResult(), messages);
      }
    }
    return messages;
  }

  private static void describe(String direction, SchemaCompatibilityResult result, List<String> messages) {
    for (Incompatibility incompatibility : result.getIncompatibilities()) {
      messages.add("{errorType:'" + incompatibility.getType() + "', description:'" + direction + ": "
          + incompatibility.getMessage() + "', additionalInfo:'location " + incompatibility.getLocation() + "'}");
    }
  }
}
