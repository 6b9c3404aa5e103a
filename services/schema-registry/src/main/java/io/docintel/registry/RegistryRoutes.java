package io.docintel.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Confluent Schema Registry's REST API over a {@link RegistryService}: paths, JSON shapes,
 * content types, error bodies {@code {"error_code":N,"message":"..."}} and optional HTTP basic
 * authentication (everything but {@code /health/*} needs a user then).
 */
final class RegistryRoutes {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Set<String> ACCEPTED_TYPES =
      Set.of(CONTENT_TYPE, "application/vnd.schemaregistry+json", "application/json", "application/octet-stream");

  private final RegistryService registry;
  private final Map<String, String> users;

  RegistryRoutes(RegistryService registry, Map<String, String> users) {
    this.registry = registry;
    this.users = users;
  }

  void addTo(RoutesConfig routes) {
    routes.before(this::authenticate);
    routes.exception(RegistryException.class, (e, ctx) -> error(ctx, e));
    routes.exception(Exception.class, (e, ctx) ->
        error(ctx, new RegistryException(500, 50001, "Error in the backend data store: " + e.getMessage())));
    routes.error(404, ctx -> {
      if (ctx.result() == null || !ctx.result().startsWith("{\"error_code\"")) {
        error(ctx, new RegistryException(404, 404, "HTTP 404 Not Found"));
      }
    });

    routes.get("/", ctx -> json(ctx, object()));
    routes.get("/schemas/types", ctx -> json(ctx, array(List.of("AVRO"))));
    routes.get("/mode", ctx -> json(ctx, object().put("mode", "READWRITE")));
    routes.get("/subjects", ctx -> json(ctx, array(registry.subjects(flag(ctx, "deleted")))));
    routes.get("/subjects/{subject}/versions", ctx ->
        json(ctx, array(registry.versions(ctx.pathParam("subject"), flag(ctx, "deleted")))));
    routes.post("/subjects/{subject}/versions", ctx -> {
      JsonNode body = body(ctx);
      int id = registry.register(ctx.pathParam("subject"), text(body, "schema"), text(body, "schemaType"));
      json(ctx, object().put("id", id));
    });
    routes.post("/subjects/{subject}", ctx -> {
      JsonNode body = body(ctx);
      SchemaVersion found = registry.lookup(
          ctx.pathParam("subject"), text(body, "schema"), text(body, "schemaType"), flag(ctx, "deleted"));
      json(ctx, describe(found));
    });
    routes.get("/subjects/{subject}/versions/{version}", ctx ->
        json(ctx, describe(registry.version(ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "deleted")))));
    routes.get("/subjects/{subject}/versions/{version}/schema", ctx ->
        raw(ctx, registry.version(ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "deleted")).schema()));
    routes.delete("/subjects/{subject}", ctx ->
        json(ctx, array(registry.deleteSubject(ctx.pathParam("subject"), flag(ctx, "permanent")))));
    routes.delete("/subjects/{subject}/versions/{version}", ctx ->
        raw(ctx, String.valueOf(registry.deleteVersion(ctx.pathParam("subject"), ctx.pathParam("version"), flag(ctx, "permanent")))));

    routes.get("/schemas/ids/{id}", ctx -> json(ctx, object().put("schema", registry.schemaById(id(ctx)))));
    routes.get("/schemas/ids/{id}/schema", ctx -> raw(ctx, registry.schemaById(id(ctx))));
    routes.get("/schemas/ids/{id}/versions", ctx -> {
      ArrayNode versions = StoreRecords.JSON.createArrayNode();
      for (SchemaVersion version : registry.versionsById(id(ctx))) {
        if (!version.deleted() || flag(ctx, "deleted")) {
          versions.addObject().put("subject", version.subject()).put("version", version.version());
        }
      }
      json(ctx, versions);
    });

    routes.get("/config", ctx -> json(ctx, object().put("compatibilityLevel", registry.globalLevel().name())));
    routes.put("/config", ctx ->
        json(ctx, object().put("compatibility", registry.setLevel(null, level(body(ctx))).name())));
    routes.get("/config/{subject}", ctx -> json(ctx, object().put("compatibilityLevel",
        registry.subjectLevel(ctx.pathParam("subject"), flag(ctx, "defaultToGlobal")).name())));
    routes.put("/config/{subject}", ctx -> json(ctx, object().put("compatibility",
        registry.setLevel(ctx.pathParam("subject"), level(body(ctx))).name())));
    routes.delete("/config/{subject}", ctx -> json(ctx, object().put("compatibilityLevel",
        registry.deleteSubjectLevel(ctx.pathParam("subject")).name())));

    routes.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> {
      JsonNode body = body(ctx);
      List<String> problems = registry.checkCompatibility(
          ctx.pathParam("subject"), ctx.pathParam("version"), text(body, "schema"), text(body, "schemaType"));
      ObjectNode answer = object().put("is_compatible", problems.isEmpty());
      if (flag(ctx, "verbose")) {
        answer.set("messages", array(problems));
      }
      json(ctx, answer);
    });
  }

  private void authenticate(Context ctx) {
    if (users.isEmpty() || ctx.path().startsWith("/health/")) {
      return;
    }
    BasicAuthCredentials credentials = ctx.basicAuthCredentials();
    String expected = credentials == null ? null : users.get(credentials.getUsername());
    if (expected == null || !MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), credentials.getPassword().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Basic realm=\"docintel-schema-registry\"");
      throw RegistryException.unauthorized();
    }
  }

  private static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type != null) {
      String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (!ACCEPTED_TYPES.contains(bare)) {
        throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type: " + bare);
      }
    }
    try {
      JsonNode body = StoreRecords.JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw RegistryException.unprocessable("the request body must be a JSON object");
      }
      return body;
    } catch (IOException e) {
      throw new RegistryException(400, 400, "the request body is not valid JSON: " + e.getMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static CompatibilityLevel level(JsonNode body) {
    return CompatibilityLevel.parse(text(body, "compatibility"));
  }

  private static boolean flag(Context ctx, String name) {
    return Boolean.parseBoolean(ctx.queryParam(name));
  }

  private static int id(Context ctx) {
    try {
      return Integer.parseInt(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RegistryException.schemaNotFound("'" + ctx.pathParam("id") + "' is not a schema id");
    }
  }

  private static ObjectNode describe(SchemaVersion version) {
    return object().put("subject", version.subject()).put("version", version.version())
        .put("id", version.id()).put("schema", version.schema());
  }

  private static ObjectNode object() {
    return StoreRecords.JSON.createObjectNode();
  }

  private static ArrayNode array(List<?> items) {
    return StoreRecords.JSON.valueToTree(items);
  }

  private static void json(Context ctx, JsonNode body) throws IOException {
    ctx.contentType(CONTENT_TYPE).result(StoreRecords.JSON.writeValueAsString(body));
  }

  private static void raw(Context ctx, String body) {
    ctx.contentType(CONTENT_TYPE).result(body);
  }

  static void error(Context ctx, RegistryException e) {
    ObjectNode body = object().put("error_code", e.errorCode()).put("message", e.getMessage());
    ctx.status(e.httpStatus()).contentType(CONTENT_TYPE).result(body.toString());
  }
}
