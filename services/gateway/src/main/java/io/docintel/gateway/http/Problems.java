package io.docintel.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes errors as RFC 9457 problem details ({@code application/problem+json}). */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static void write(Context ctx, int status, String title, String detail) {
    ObjectNode body = JSON.createObjectNode()
        .put("type", "about:blank")
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .put("instance", ctx.path());
    ctx.status(status).contentType(CONTENT_TYPE).result(body.toString());
  }
}
