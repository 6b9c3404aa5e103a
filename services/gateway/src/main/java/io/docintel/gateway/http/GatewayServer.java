package io.docintel.gateway.http;

import io.docintel.common.runtime.ServiceHttp;
import io.docintel.common.runtime.StreamsService;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.micrometer.core.instrument.Counter;

/**
 * The gateway's one HTTP port: its API ({@link GatewayRoutes}) next to the {@code /health/live},
 * {@code /health/ready} and {@code /metrics} every docintel service serves. Ready means the
 * global tables are loaded and Kafka Streams is running.
 */
public final class GatewayServer implements ServiceHttp.Running {

  /** Counter of API requests, tagged by method, route and status. */
  public static final String REQUESTS_METRIC = "docintel.gateway.requests";

  private final Javalin http;

  private GatewayServer(Javalin http) {
    this.http = http;
  }

  /** Starts serving {@code routes} for {@code service} on {@code port} (0 picks a free one). */
  public static GatewayServer start(StreamsService service, int port, GatewayRoutes routes) {
    Javalin http = Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      javalin.jetty.port = port;
      javalin.http.maxRequestSize = routes.maxRequestBytes();
      javalin.jetty.multipartConfig.maxFileSize(routes.maxRequestBytes(), SizeUnit.BYTES);
      javalin.jetty.multipartConfig.maxTotalRequestSize(routes.maxRequestBytes(), SizeUnit.BYTES);
      javalin.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      javalin.routes.get("/health/live", ctx -> health(ctx, service.live()));
      javalin.routes.get("/health/ready", ctx -> health(ctx, service.ready()));
      javalin.routes.get("/metrics", ctx ->
          ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(service.meters().scrape()));
      javalin.routes.after("/v1/*", ctx -> Counter.builder(REQUESTS_METRIC)
          .tag("method", ctx.method().name())
          .tag("route", ctx.endpoint() == null ? "none" : ctx.endpoint().path)
          .tag("status", String.valueOf(ctx.statusCode()))
          .register(service.meters()).increment());
      routes.addTo(javalin.routes);
    });
    http.start();
    return new GatewayServer(http);
  }

  @Override
  public int port() {
    return http.port();
  }

  @Override
  public void close() {
    http.stop();
  }

  private static void health(io.javalin.http.Context ctx, boolean ok) {
    ctx.status(ok ? 200 : 503).contentType("application/json")
        .result(ok ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
