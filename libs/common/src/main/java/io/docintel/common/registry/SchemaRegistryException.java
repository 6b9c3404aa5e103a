package io.docintel.common.registry;

/**
 * A schema registry call that failed: either the registry answered with an error (its HTTP
 * status and Confluent {@code error_code}, e.g. 40403 schema not found), or it stayed
 * unreachable for the whole retry time (the subclass {@link SchemaRegistryUnavailableException},
 * {@link #httpStatus()} 0). The message names the subject or schema id the call was about.
 */
public class SchemaRegistryException extends RuntimeException {

  /** Confluent's code for an unknown schema (or schema id). */
  public static final int SCHEMA_NOT_FOUND = 40403;
  /** Confluent's code for an unknown subject. */
  public static final int SUBJECT_NOT_FOUND = 40401;

  private final int httpStatus;
  private final int errorCode;

  public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  /** The HTTP status the registry answered, or 0 when no registry answered. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Confluent's {@code error_code}, or 0 when there was none. */
  public int errorCode() {
    return errorCode;
  }
}
