package io.docintel.classifier.feedback;

import java.nio.ByteBuffer;

/**
 * Keys and values of the prototype store: {@code v|<model>} holds the model's prototype version
 * (8 bytes), {@code e|<model>|<label>} its {@link LearnedExamples} for that label. Model and label
 * names never contain {@code |} in practice; it is checked where keys are made.
 */
public final class PrototypeStoreKeys {

  private static final String SEPARATOR = "|";

  private PrototypeStoreKeys() {}

  public static String version(String model) {
    return "v" + SEPARATOR + checked(model);
  }

  public static String examples(String model, String label) {
    return examplesPrefix(model) + checked(label);
  }

  /** Every label's examples key of a model starts with this. */
  public static String examplesPrefix(String model) {
    return "e" + SEPARATOR + checked(model) + SEPARATOR;
  }

  public static String labelOf(String examplesKey, String model) {
    return examplesKey.substring(examplesPrefix(model).length());
  }

  public static byte[] versionBytes(long version) {
    return ByteBuffer.allocate(Long.BYTES).putLong(version).array();
  }

  public static long versionOf(byte[] bytes) {
    return bytes == null ? 0 : ByteBuffer.wrap(bytes).getLong();
  }

  private static String checked(String name) {
    if (name.contains(SEPARATOR)) {
      throw new IllegalArgumentException("name must not contain '" + SEPARATOR + "': " + name);
    }
    return name;
  }
}
