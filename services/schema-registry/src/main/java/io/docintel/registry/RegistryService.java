package io.docintel.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the REST API does, independent of HTTP: reads answer from the {@link SchemaState},
 * writes go through the {@link SchemaLog} and answer after the log has applied them. Only Avro
 * schemas are supported; schemas are kept in Avro's canonical JSON text
 * ({@link Schema#toString()}), which is also what identity is decided on.
 */
final class RegistryService {

  private final SchemaState state;
  private final SchemaLog log;

  RegistryService(SchemaState state, SchemaLog log) {
    this.state = state;
    this.log = log;
  }

  /** Registers {@code schemaText} under {@code subject} and returns its id (the existing one if already there). */
  int register(String subject, String schemaText, String schemaType) {
    Schema schema = parse(schemaText, schemaType);
    String canonical = schema.toString();
    return log.write(current -> {
      Optional<SchemaVersion> existing = current.find(subject, canonical, false);
      if (existing.isPresent()) {
        return new SchemaLog.Update<>(List.of(), existing.get().id());
      }
      List<String> problems = incompatibilities(current, subject, schema, liveSchemas(current, subject));
      if (!problems.isEmpty()) {
        throw RegistryException.incompatible(subject, String.join("; ", problems));
      }
      SchemaVersion added = new SchemaVersion(subject, current.nextVersion(subject), current.idFor(canonical), canonical, false);
      return new SchemaLog.Update<>(
          List.of(log.record(StoreRecords.schemaKey(subject, added.version()), StoreRecords.schemaValue(added))),
          added.id());
    });
  }

  /** The version of {@code subject} that holds this schema: 40401 no subject, 40403 no such schema. */
  SchemaVersion lookup(String subject, String schemaText, String schemaType, boolean includeDeleted) {
    if (!state.hasSubject(subject)) {
      throw RegistryException.subjectNotFound(subject);
    }
    String canonical = parse(schemaText, schemaType).toString();
    return state.find(subject, canonical, includeDeleted)
        .orElseThrow(() -> RegistryException.schemaNotFound("not registered under subject '" + subject + "'"));
  }

  List<String> subjects(boolean includeDeleted) {
    return state.subjects(includeDeleted);
  }

  List<Integer> versions(String subject, boolean includeDeleted) {
    return state.versions(subject, includeDeleted).stream().map(SchemaVersion::version).toList();
  }

  SchemaVersion version(String subject, String version, boolean includeDeleted) {
    return state.version(subject, version, includeDeleted);
  }

  String schemaById(int id) {
    return state.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound("no schema with id " + id));
  }

  List<SchemaVersion> versionsById(int id) {
    schemaById(id);
    return state.versionsById(id);
  }

  /** Soft-deletes (or, when {@code permanent}, removes soft-deleted) versions; returns their numbers. */
  List<Integer> deleteSubject(String subject, boolean permanent) {
    return log.write(current -> {
      List<SchemaVersion> all = current.versions(subject, true);
      List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
      List<Integer> deleted = new ArrayList<>();
      for (SchemaVersion version : all) {
        if (permanent && !version.deleted()) {
          throw RegistryException.subjectNotSoftDeleted(subject);
        }
        if (permanent || !version.deleted()) {
          records.add(deletion(version, permanent));
          deleted.add(version.version());
        }
      }
      if (deleted.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      return new SchemaLog.Update<>(records, deleted);
    });
  }

  int deleteVersion(String subject, String versionText, boolean permanent) {
    return log.write(current -> {
      SchemaVersion version = current.version(subject, versionText, permanent);
      if (permanent && !version.deleted()) {
        throw RegistryException.versionNotSoftDeleted(subject, version.version());
      }
      return new SchemaLog.Update<>(List.of(deletion(version, permanent)), version.version());
    });
  }

  private ProducerRecord<byte[], byte[]> deletion(SchemaVersion version, boolean permanent) {
    byte[] key = StoreRecords.schemaKey(version.subject(), version.version());
    return log.record(key, permanent ? null : StoreRecords.schemaValue(version.asDeleted()));
  }

  CompatibilityLevel globalLevel() {
    return state.globalLevel();
  }

  /** A subject's own level; with {@code defaultToGlobal} the global one when it has none, else 40408. */
  CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
    Optional<CompatibilityLevel> own = state.subjectLevel(subject);
    if (own.isPresent()) {
      return own.get();
    }
    if (defaultToGlobal) {
      return state.globalLevel();
    }
    throw RegistryException.subjectConfigNotFound(subject);
  }

  /** Sets the global level ({@code subject} null) or a subject's. */
  CompatibilityLevel setLevel(String subject, CompatibilityLevel level) {
    return log.write(current -> new SchemaLog.Update<>(
        List.of(log.record(StoreRecords.configKey(subject), StoreRecords.configValue(level))), level));
  }

  /** Removes a subject's own level and returns what it was. */
  CompatibilityLevel deleteSubjectLevel(String subject) {
    return log.write(current -> {
      CompatibilityLevel old = current.subjectLevel(subject)
          .orElseThrow(() -> RegistryException.subjectNotFound(subject));
      return new SchemaLog.Update<>(List.of(log.record(StoreRecords.configKey(subject), null)), old);
    });
  }

  /**
   * Why {@code schemaText} could not follow the given version ("latest", a number) of
   * {@code subject} under the subject's level; empty when it can. Transitive levels compare with
   * every live version up to the given one.
   */
  List<String> checkCompatibility(String subject, String version, String schemaText, String schemaType) {
    Schema schema = parse(schemaText, schemaType);
    if ("latest".equals(version) && !state.hasSubject(subject)) {
      return List.of();
    }
    SchemaVersion target = state.version(subject, version, false);
    List<Schema> earlier = new ArrayList<>();
    for (SchemaVersion live : state.versions(subject, false)) {
      if (live.version() <= target.version()) {
        earlier.add(new Schema.Parser().parse(live.schema()));
      }
    }
    return incompatibilities(state, subject, schema, earlier);
  }

  /** Whether the store has applied everything committed; answers within about two seconds. */
  boolean isReady() {
    return log.isCaughtUp(Duration.ofSeconds(2));
  }

  int schemaCount() {
    return state.schemaCount();
  }

  private static List<String> incompatibilities(SchemaState current, String subject, Schema schema, List<Schema> earlier) {
    return CompatibilityChecker.incompatibilities(current.effectiveLevel(subject), schema, earlier);
  }

  private static List<Schema> liveSchemas(SchemaState current, String subject) {
    if (!current.hasSubject(subject)) {
      return List.of();
    }
    try {
      return current.versions(subject, false).stream().map(v -> new Schema.Parser().parse(v.schema())).toList();
    } catch (RegistryException allDeleted) {
      return List.of();
    }
  }

  /** Parses an Avro schema; anything else, or text that is not a schema, is 42201. */
  static Schema parse(String schemaText, String schemaType) {
    if (schemaType != null && !schemaType.isBlank() && !"AVRO".equalsIgnoreCase(schemaType)) {
      throw RegistryException.invalidSchema("schemaType " + schemaType + " is not supported, only AVRO");
    }
    if (schemaText == null || schemaText.isBlank()) {
      throw RegistryException.invalidSchema("the request has no schema");
    }
    try {
      return new Schema.Parser().parse(schemaText);
    } catch (RuntimeException e) {
      throw RegistryException.invalidSchema(e.getMessage());
    }
  }
}
