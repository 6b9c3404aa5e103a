package io.docintel.gateway.http;

import io.docintel.gateway.GatewayProblem;
import io.docintel.gateway.auth.ApiKeys;
import io.docintel.gateway.ingest.Ingestion;
import io.docintel.gateway.ingest.JsonDocumentRequest;
import io.docintel.gateway.ingest.PostedDocument;
import io.docintel.gateway.ingest.Publisher.PublishException;
import io.docintel.gateway.limits.TenantRateLimiter;
import io.docintel.gateway.results.DocumentLookup;
import io.docintel.gateway.results.DocumentStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's REST API under {@code /v1} (every route needs an API key) plus
 * {@code /openapi.json}, which describes it.
 *
 * <ul>
 *   <li>{@code POST /v1/documents}: JSON ({@code text}, {@code source}, {@code metadata}) or a
 *       multipart upload (a {@code file} part, optional {@code source} and {@code metadata} fields);
 *       202 with the id; the same {@code Idempotency-Key} again answers with the same id.
 *   <li>{@code GET /v1/documents/{id}}: 200 with the enriched result, 202 while pending, 404.
 *   <li>{@code GET /v1/documents/{id}/status}: the status alone.
 * </ul>
 */
public final class GatewayRoutes {

  private static final Logger log = LoggerFactory.getLogger(GatewayRoutes.class);
  private static final String TENANT = "docintel.tenant";
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  /** Room for a multipart body's boundaries and form fields around the file itself. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;
  /** Oversized bodies up to this size are read and dropped before the 413, see {@link #refuseUnread}. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private final Ingestion ingestion;
  private final DocumentLookup lookup;
  private final ApiKeys apiKeys;
  private final TenantRateLimiter rateLimiter;
  private final long maxDocumentBytes;
  private final String openApi;

  public GatewayRoutes(Ingestion ingestion, DocumentLookup lookup, ApiKeys apiKeys, TenantRateLimiter rateLimiter,
      long maxDocumentBytes) {
    this.ingestion = ingestion;
    this.lookup = lookup;
    this.apiKeys = apiKeys;
    this.rateLimiter = rateLimiter;
    this.maxDocumentBytes = maxDocumentBytes;
    this.openApi = OpenApiDocument.text();
  }

  /** The largest request body the server should read at all. */
  public long maxRequestBytes() {
    return maxDocumentBytes + MULTIPART_OVERHEAD;
  }

  public void addTo(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    routes.before("/v1/*", this::authenticate);
    routes.post("/v1/documents", this::post);
    routes.get("/v1/documents/{id}", ctx -> {
      DocumentStatus status = find(ctx);
      switch (status.state()) {
        case PENDING -> ctx.status(202).json(DocumentResponses.status(status).toString());
        default -> ctx.status(200).json(DocumentResponses.result(status).toString());
      }
    });
    routes.get("/v1/documents/{id}/status", ctx -> ctx.json(DocumentResponses.status(find(ctx)).toString()));

    routes.exception(GatewayProblem.class, (e, ctx) -> Problems.write(ctx, e.status(), e.title(), e.getMessage()));
    routes.exception(ContentTooLargeResponse.class, (e, ctx) ->
        Problems.write(ctx, 413, "Document too large", "the request body exceeds " + maxRequestBytes() + " bytes"));
    routes.exception(PublishException.class, (e, ctx) -> {
      log.warn("publish failed: {}", e.getMessage());
      ctx.header("Retry-After", "5");
      Problems.write(ctx, 503, "Kafka unavailable", "the document was not published; retry with the same Idempotency-Key");
    });
    routes.exception(InvalidStateStoreException.class, (e, ctx) -> {
      ctx.header("Retry-After", "2");
      Problems.write(ctx, 503, "Starting", "the gateway is still loading its tables; retry shortly");
    });
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      Problems.write(ctx, 500, "Internal error", "the gateway failed; the error is in its log");
    });
    routes.error(404, ctx -> {
      if (!Problems.CONTENT_TYPE.equals(ctx.res().getContentType())) {
        Problems.write(ctx, 404, "Not found", "no route " + ctx.method() + " " + ctx.path());
      }
    });
  }

  private void authenticate(Context ctx) {
    String key = ctx.header("X-API-Key");
    String authorization = ctx.header("Authorization");
    if (key == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = authorization.substring(7);
    }
    String tenant = apiKeys.tenantOf(key).orElse(null);
    if (tenant == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new GatewayProblem(401, "Unauthorized",
          key == null ? "an API key is required (Authorization: Bearer <key> or X-API-Key)" : "the API key is not valid");
    }
    ctx.attribute(TENANT, tenant);
  }

  private void post(Context ctx) throws IOException {
    String tenant = ctx.attribute(TENANT);
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxRequestBytes()) {
      refuseUnread(ctx, declared);
    }
    String idempotencyKey = ctx.header("Idempotency-Key");
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw GatewayProblem.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
    }
    rateLimiter.tryAcquire(tenant).ifPresent(wait -> {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", String.valueOf(seconds));
      throw new GatewayProblem(429, "Too many requests", "tenant " + tenant + " may post "
          + rateLimiter.perMinute() + " documents per minute; retry after " + seconds + " s");
    });
    Ingestion.Outcome outcome = ingestion.accept(tenant, idempotencyKey, posted(ctx));
    ctx.header("Location", DocumentResponses.location(outcome.id()));
    if (outcome.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
    }
    ctx.status(202).json(DocumentResponses.accepted(outcome).toString());
  }

  /**
   * Answers 413 to a body declared too large without keeping any of it. Up to
   * {@value #DRAIN_LIMIT} bytes are read and dropped first: many HTTP clients send the whole body
   * before they read an answer and see a connection closed under them as a failure, not a 413.
   */
  private void refuseUnread(Context ctx, long declared) throws IOException {
    if (declared <= DRAIN_LIMIT) {
      ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
    } else {
      ctx.header("Connection", "close");
    }
    throw GatewayProblem.tooLarge(declared, maxDocumentBytes);
  }

  private PostedDocument posted(Context ctx) throws IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      return JsonDocumentRequest.parse(ctx.bodyAsBytes());
    }
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw GatewayProblem.badRequest("a multipart post needs a \"file\" part");
      }
      if (file.size() > maxDocumentBytes) {
        throw GatewayProblem.tooLarge(file.size(), maxDocumentBytes);
      }
      byte[] data;
      try (InputStream content = file.content()) {
        data = content.readAllBytes();
      }
      String source = ctx.formParam("source");
      return PostedDocument.file(data, blankToNull(file.contentType()), blankToNull(file.filename()),
          source != null ? source : file.filename() != null ? file.filename() : "upload", JsonDocumentRequest.metadata(ctx.formParam("metadata")));
    }
    throw new GatewayProblem(415, "Unsupported media type",
        "post application/json or multipart/form-data, not " + (type.isEmpty() ? "no content type" : type));
  }

  private DocumentStatus find(Context ctx) {
    String id = ctx.pathParam("id");
    return lookup.find(ctx.attribute(TENANT), id)
        .orElseThrow(() -> new GatewayProblem(404, "Not found", "no document " + id));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
