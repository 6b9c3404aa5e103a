package io.docintel.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's contents as the {@code _schemas} log says they are: subjects and their
 * versions, ids, and compatibility configs. Built only by {@link #apply} in log order, so every
 * instance reading the same log holds the same state. Thread-safe.
 */
final class SchemaState {

  private final Map<String, TreeMap<Integer, SchemaVersion>> subjects = new TreeMap<>();
  private final Map<Integer, String> schemasById = new HashMap<>();
  private final Map<String, Integer> idsBySchema = new HashMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel;
  private int maxId;

  /** Applies one record of the log; unknown key types (NOOP, MODE, …) are ignored. */
  synchronized void apply(JsonNode key, JsonNode value) {
    String subject = key.path("subject").isTextual() ? key.get("subject").asText() : null;
    switch (key.path("keytype").asText()) {
      case "SCHEMA" -> {
        int version = key.path("version").asInt();
        if (value == null) {
          TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
          if (versions != null && versions.remove(version) != null && versions.isEmpty()) {
            subjects.remove(subject);
          }
          return;
        }
        if (!"AVRO".equalsIgnoreCase(value.path("schemaType").asText("AVRO"))) {
          return; // a Confluent server's Protobuf or JSON schema: not served here
        }
        SchemaVersion schema = StoreRecords.schemaVersion(value);
        subjects.computeIfAbsent(schema.subject(), s -> new TreeMap<>()).put(schema.version(), schema);
        schemasById.putIfAbsent(schema.id(), schema.schema());
        idsBySchema.putIfAbsent(schema.schema(), schema.id());
        maxId = Math.max(maxId, schema.id());
      }
      case "CONFIG" -> {
        CompatibilityLevel level = value == null || !value.hasNonNull("compatibilityLevel")
            ? null
            : levelOrNull(value.get("compatibilityLevel").asText());
        if (subject == null) {
          globalLevel = level;
        } else if (level == null) {
          subjectLevels.remove(subject);
        } else {
          subjectLevels.put(subject, level);
        }
      }
      case "DELETE_SUBJECT" -> {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions != null && value != null) {
          versions.headMap(value.path("version").asInt(), true).replaceAll((v, s) -> s.asDeleted());
        }
      }
      case "CLEAR_SUBJECT" -> {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions != null) {
          versions.values().removeIf(SchemaVersion::deleted);
          if (versions.isEmpty()) {
            subjects.remove(subject);
          }
        }
      }
      default -> { }
    }
  }

  synchronized List<String> subjects(boolean includeDeleted) {
    List<String> names = new ArrayList<>();
    subjects.forEach((name, versions) -> {
      if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
        names.add(name);
      }
    });
    return names;
  }

  /** A subject's versions, oldest first; 40401 when it has none. */
  synchronized List<SchemaVersion> versions(String subject, boolean includeDeleted) {
    List<SchemaVersion> found = new ArrayList<>();
    for (SchemaVersion version : subjects.getOrDefault(subject, new TreeMap<>()).values()) {
      if (includeDeleted || !version.deleted()) {
        found.add(version);
      }
    }
    if (found.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    return found;
  }

  /** One version; {@code version} is a number or "latest" (-1 as Confluent allows). */
  synchronized SchemaVersion version(String subject, String version, boolean includeDeleted) {
    int number = parseVersion(version);
    List<SchemaVersion> versions = versions(subject, includeDeleted);
    if (number == -1) {
      return versions.get(versions.size() - 1);
    }
    return versions.stream().filter(v -> v.version() == number).findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(subject, number));
  }

  /** The live version of {@code subject} holding exactly {@code schema} (canonical text). */
  synchronized Optional<SchemaVersion> find(String subject, String schema, boolean includeDeleted) {
    return subjects.getOrDefault(subject, new TreeMap<>()).values().stream()
        .filter(v -> (includeDeleted || !v.deleted()) && v.schema().equals(schema))
        .findFirst();
  }

  synchronized boolean hasSubject(String subject) {
    return subjects.containsKey(subject);
  }

  synchronized Optional<String> schemaById(int id) {
    return Optional.ofNullable(schemasById.get(id));
  }

  synchronized List<SchemaVersion> versionsById(int id) {
    List<SchemaVersion> found = new ArrayList<>();
    subjects.values().forEach(versions -> versions.values().stream().filter(v -> v.id() == id).forEach(found::add));
    return found;
  }

  /** The id for a new schema: the one it already has under any subject, else the next free one. */
  synchronized int idFor(String schema) {
    return idsBySchema.getOrDefault(schema, maxId + 1);
  }

  /** The next version number of a subject; soft-deleted versions keep their numbers. */
  synchronized int nextVersion(String subject) {
    NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
    return versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
  }

  synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
    return Optional.ofNullable(subjectLevels.get(subject));
  }

  synchronized CompatibilityLevel globalLevel() {
    return globalLevel == null ? CompatibilityLevel.DEFAULT : globalLevel;
  }

  synchronized CompatibilityLevel effectiveLevel(String subject) {
    return subjectLevel(subject).orElseGet(this::globalLevel);
  }

  synchronized int schemaCount() {
    return schemasById.size();
  }

  private static CompatibilityLevel levelOrNull(String text) {
    try {
      return CompatibilityLevel.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static int parseVersion(String version) {
    if ("latest".equals(version)) {
      return -1;
    }
    try {
      int number = Integer.parseInt(version);
      if (number == -1 || number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw RegistryException.invalidVersion(version);
  }
}
