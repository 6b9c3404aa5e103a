package io.docintel.common.registry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A canned-answer HTTP server standing in for a registry in unit tests (the real registry is
 * used in ITs). Answers are queued per "METHOD path"; the last one of a queue repeats; unknown
 * requests get 404 with Confluent's 40403 body. Records every request.
 */
public final class StubRegistry implements AutoCloseable {

  /** One request as received. */
  public record Request(String method, String path, String authorization, String body) {}

  private record Answer(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public StubRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getRawPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(exchange.getRequestMethod(), path,
          exchange.getRequestHeaders().getFirst("Authorization"), body));
      Answer answer = next(exchange.getRequestMethod() + " " + path);
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  private synchronized Answer next(String key) {
    Deque<Answer> queue = answers.get(key);
    if (queue == null || queue.isEmpty()) {
      return new Answer(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
    }
    return queue.size() > 1 ? queue.poll() : queue.peek();
  }

  /** Queues an answer to {@code METHOD path}, e.g. {@code "GET /schemas/ids/1"}. */
  public synchronized StubRegistry answer(String methodAndPath, int status, String body) {
    answers.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(new Answer(status, body));
    return this;
  }

  /** The URL of a port nothing listens on: connections are refused. */
  public static String unreachableUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
