package org.sparkling.client;

/**
 * The address answered, but not as an H2O node does: an HTML error page, a body that is not JSON or ends early, JSON
 * without the fields H2O always sends, or a connection closed mid-reply. Usually something else answers at the address
 * (another service, a proxy, a login page), or the node died while it answered.
 */
public final class H2OUnexpectedReplyException extends H2OClientException {
  private static final long serialVersionUID = 1L;
  private final String request;
  private final int status;
  private final String contentType;
  private final String excerpt;

  H2OUnexpectedReplyException(Reply reply, String problem, Throwable cause) {
    super(message(reply, problem), cause);
    this.request = reply.request();
    this.status = reply.status();
    this.contentType = reply.contentType();
    this.excerpt = reply.excerpt();
  }

  /** The method and full URL of the request, e.g. {@code GET http://10.0.0.5:54321/3/Cloud}. */
  public String request() {
    return request;
  }

  /** The HTTP status the reply came with. */
  public int status() {
    return status;
  }

  /** The reply's {@code Content-Type}, or {@code (none)}. */
  public String contentType() {
    return contentType;
  }

  /** The start of the reply's body as text, shortened; empty for an empty body. */
  public String excerpt() {
    return excerpt;
  }

  private static String message(Reply reply, String problem) {
    return String.format(
        "Unexpected reply to %s: %s (HTTP %d, Content-Type %s, %d bytes%s). Is %s really the REST API of an H2O node, "
            + "and not another service, a proxy or a login page? Point Sparkling Water at an H2O node with "
            + "spark.ext.h2o.cloud.representative / H2OConf.setH2OCluster(host, port); a proxy in between must pass H2O's "
            + "replies through unchanged. If it is an H2O node, its log says what went wrong.",
        reply.request(), problem, reply.status(), reply.contentType(), reply.body().length,
        reply.excerpt().isEmpty() ? "" : ": \"" + reply.excerpt() + "\"", reply.node());
  }
}
