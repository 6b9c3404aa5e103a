package io.docintel.common.registry;

/**
 * No schema registry answered within the client's retry time: connections refused or timed out,
 * or only answers that mean "try later" (HTTP 5xx, 408, 429). Nothing is wrong with the request
 * or the record it was for, so callers retry later rather than give the record up; the
 * {@link #httpStatus()} is 0.
 */
public final class SchemaRegistryUnavailableException extends SchemaRegistryException {

  public SchemaRegistryUnavailableException(String message, Throwable cause) {
    super(message, 0, 0, cause);
  }
}
