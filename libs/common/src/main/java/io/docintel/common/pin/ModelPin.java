package io.docintel.common.pin;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A replay's demand that a document's results come from one model version: the header
 * {@value #HEADER} on the re-posted document, which Kafka Streams carries along to every stage.
 * A stage whose model has another version refuses the document (see {@link ModelPinGuard}).
 */
public final class ModelPin {

  /** Header naming the model version (or weights sha256, or a prefix of it) results must come from. */
  public static final String HEADER = "docintel.pin.model.version";

  private ModelPin() {}

  /** Adds the pin to {@code headers}. */
  public static void set(Headers headers, String version) {
    headers.remove(HEADER);
    headers.add(HEADER, version.getBytes(StandardCharsets.UTF_8));
  }

  /** The pinned version in {@code headers}, or null when there is none. */
  public static String of(Headers headers) {
    Header header = headers.lastHeader(HEADER);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Whether a model of {@code version} with weights {@code sha256} satisfies {@code pinned}. */
  public static boolean satisfiedBy(String pinned, String version, String sha256) {
    return pinned.equals(version) || (pinned.length() >= 7 && sha256 != null && sha256.startsWith(pinned));
  }
}
