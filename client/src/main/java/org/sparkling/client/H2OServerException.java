package org.sparkling.client;

/** H2O answered with an error status; the message is H2O's own, word for word. */
public final class H2OServerException extends H2OClientException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String serverMessage;

  H2OServerException(String request, int status, String serverMessage) {
    super(String.format("H2O rejected %s with HTTP %d: %s", request, status, serverMessage));
    this.status = status;
    this.serverMessage = serverMessage;
  }

  /** The HTTP status code H2O answered with. */
  public int status() {
    return status;
  }

  /** H2O's own error message. */
  public String serverMessage() {
    return serverMessage;
  }
}
