package io.docintel.registry;

/**
 * A failure the REST API reports as Confluent does: an HTTP status plus a body
 * {@code {"error_code":N,"message":"..."}}. The factory methods carry Confluent's codes.
 */
public final class RegistryException extends RuntimeException {

  private final int httpStatus;
  private final int errorCode;

  public RegistryException(int httpStatus, int errorCode, String message) {
    super(message);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public RegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public int errorCode() {
    return errorCode;
  }

  public static RegistryException unauthorized() {
    return new RegistryException(401, 401, "Unauthorized");
  }

  public static RegistryException subjectNotFound(String subject) {
    return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
  }

  public static RegistryException versionNotFound(String subject, Object version) {
    return new RegistryException(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
  }

  public static RegistryException schemaNotFound(String detail) {
    return new RegistryException(404, 40403, "Schema not found: " + detail);
  }

  public static RegistryException subjectNotSoftDeleted(String subject) {
    return new RegistryException(404, 40405,
        "Subject '" + subject + "' was not deleted first before being permanently deleted");
  }

  public static RegistryException versionNotSoftDeleted(String subject, int version) {
    return new RegistryException(404, 40407, "Subject '" + subject + "' Version " + version
        + " was not deleted first before being permanently deleted");
  }

  public static RegistryException subjectConfigNotFound(String subject) {
    return new RegistryException(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  public static RegistryException incompatible(String subject, String detail) {
    return new RegistryException(409, 409,
        "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\", details: " + detail);
  }

  public static RegistryException invalidSchema(String detail) {
    return new RegistryException(422, 42201, "Invalid schema: " + detail);
  }

  public static RegistryException invalidVersion(String version) {
    return new RegistryException(422, 42202,
        "The specified version '" + version + "' is not a valid version id. "
            + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
  }

  public static RegistryException invalidCompatibilityLevel(String level) {
    return new RegistryException(422, 42203, "Invalid compatibility level: " + level
        + ". Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
  }

  public static RegistryException unprocessable(String detail) {
    return new RegistryException(422, 422, detail);
  }

  public static RegistryException storeError(String detail, Throwable cause) {
    return new RegistryException(500, 50001, "Error in the backend data store: " + detail, cause);
  }

  public static RegistryException operationTimeout(String detail) {
    return new RegistryException(500, 50002, "Operation timed out: " + detail);
  }
}
