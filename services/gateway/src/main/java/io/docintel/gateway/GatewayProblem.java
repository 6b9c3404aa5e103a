package io.docintel.gateway;

/**
 * A request the gateway refuses, with the HTTP status and a problem title and detail
 * (RFC 9457 problem details) to answer it with. Details name documents by id, never by content.
 */
public final class GatewayProblem extends RuntimeException {

  private final int status;
  private final String title;

  public GatewayProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static GatewayProblem badRequest(String detail) {
    return new GatewayProblem(400, "Bad request", detail);
  }

  public static GatewayProblem tooLarge(long size, long limit) {
    return new GatewayProblem(413, "Document too large",
        "the document is " + size + " bytes; this gateway accepts at most " + limit + " bytes");
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
