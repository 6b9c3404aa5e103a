package io.docintel.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The gateway's OpenAPI 3.1 description, {@code openapi.json} on the class path, served as is. */
public final class OpenApiDocument {

  static final String RESOURCE = "/io/docintel/gateway/openapi.json";

  private OpenApiDocument() {}

  public static String text() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the gateway jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
