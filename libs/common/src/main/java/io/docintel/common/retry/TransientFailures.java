package io.docintel.common.retry;

import io.docintel.common.registry.SchemaRegistryUnavailableException;
import java.util.Optional;

/**
 * Tells failures worth retrying later from failures of the record itself. Transient: the schema
 * registry could not be reached ({@link SchemaRegistryUnavailableException}) anywhere in the cause
 * chain, as serdes wrap it. Such a failure says nothing about the record, so it must not be
 * dead-lettered: the task fails and, under exactly-once, its records are processed again from
 * the last commit once the registry is back. (The inference layer has no "model busy" signal: a
 * full batch queue blocks callers instead, so there is nothing of that kind to recognise.)
 */
public final class TransientFailures {

  private TransientFailures() {}

  public static boolean isTransient(Throwable error) {
    return transientCause(error).isPresent();
  }

  /** The transient failure in {@code error}'s cause chain, if there is one. */
  public static Optional<Throwable> transientCause(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SchemaRegistryUnavailableException) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }
}
