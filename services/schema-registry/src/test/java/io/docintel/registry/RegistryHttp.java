package io.docintel.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain java.net.http caller of a registry's REST API, for tests. */
final class RegistryHttp {

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String url;
  private final String authorization;

  RegistryHttp(String url) {
    this(url, null, null);
  }

  RegistryHttp(String url, String user, String password) {
    this.url = url;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json);
  }

  Response put(String path, String json) {
    return send("PUT", path, json);
  }

  /** Registers {@code schema} and returns its id, failing the test on any error. */
  int register(String subject, String schema) {
    Response response = post("/subjects/" + subject + "/versions", schemaBody(schema));
    if (response.status() != 200) {
      throw new AssertionError("register " + subject + ": " + response);
    }
    return response.json().get("id").asInt();
  }

  static String schemaBody(String schema) {
    return JSON.createObjectNode().put("schema", schema).toString();
  }

  private Response send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .header("Accept", RegistryRoutes.CONTENT_TYPE);
    if (json != null) {
      request.header("Content-Type", RegistryRoutes.CONTENT_TYPE);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
