package io.docintel.common.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A service's operational HTTP endpoints: {@code /health/live}, {@code /health/ready} (200 or
 * 503) and {@code /metrics} (Prometheus text). Three fixed routes need no web framework; the
 * JDK's own server starts in milliseconds.
 */
public final class HttpEndpoints implements ServiceHttp.Running {

  private final HttpServer server;

  private HttpEndpoints(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on {@code port} (0 picks a free one) on all interfaces. */
  public static HttpEndpoints start(
      int port, BooleanSupplier live, BooleanSupplier ready, PrometheusMeterRegistry metrics) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext("/health/live", exchange -> health(exchange, live.getAsBoolean()));
      server.createContext("/health/ready", exchange -> health(exchange, ready.getAsBoolean()));
      server.createContext("/metrics", exchange ->
          respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
      server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "docintel-http");
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
      return new HttpEndpoints(server);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serve health and metrics on port " + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int port() {
    return server.getAddress().getPort();
  }

  private static void health(HttpExchange exchange, boolean ok) throws IOException {
    respond(exchange, ok ? 200 : 503, "application/json", ok ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
