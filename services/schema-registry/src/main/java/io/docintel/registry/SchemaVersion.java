package io.docintel.registry;

/** One version of a subject: its schema (in Avro's canonical JSON text) and global id. */
public record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {

  SchemaVersion asDeleted() {
    return new SchemaVersion(subject, version, id, schema, true);
  }
}
