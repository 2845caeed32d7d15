package org.sparkling.client;

/** Base of every error the H2O REST client reports. Unchecked, like the rest of the library's domain errors. */
public class H2OClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public H2OClientException(String message) {
    super(message);
  }

  public H2OClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
