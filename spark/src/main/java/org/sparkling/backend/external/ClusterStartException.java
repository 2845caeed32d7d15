package org.sparkling.backend.external;

/** An H2O cluster did not start: a node died, or the cloud did not form in time. The message says which and why. */
public final class ClusterStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ClusterStartException(String message) {
    super(message);
  }

  ClusterStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
