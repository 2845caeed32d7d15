package org.sparkling.extension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import water.H2O;
import water.H2OStarter;

/**
 * The H2O node running inside this JVM. H2O keeps its state in static fields and cannot be started twice in one JVM, so
 * this class starts it at most once and hands the same node to every later caller.
 *
 * <p>The node must not keep the JVM alive once the application is done: its own threads are started as daemons, and its
 * web server (whose threads are not daemons) is stopped by {@link #stopWebServer()} and started again on the next
 * {@link #start}.
 */
public final class EmbeddedNode {
  private static URI restApi;
  private static boolean webServerStopped;

  private EmbeddedNode() {}

  /**
   * Starts the node with H2O's own command-line arguments, REST API on, and waits until {@code cloudSize} nodes have clouded.
   *
   * @return the node's REST address
   */
  public static synchronized URI start(List<String> h2oArguments, int cloudSize, Duration timeout) {
    return start(h2oArguments, null, "", cloudSize, timeout);
  }

  /**
   * Starts the node as {@link #start(List, int, Duration)} does, serving HTTPS with the {@code -jks} keystore among
   * {@code h2oArguments} whose password is {@code keystorePassword}: it goes into H2O's settings, not its arguments, which
   * H2O logs and a separate JVM's command line would show to every user of the machine.
   *
   * @param keystorePassword the password of the {@code -jks} keystore; {@code null} or empty without one
   * @param from where the password comes from, for errors
   */
  public static synchronized URI start(
      List<String> h2oArguments, String keystorePassword, String from, int cloudSize, Duration timeout) {
    if (restApi == null) {
      KeystorePassword.use(h2oArguments, keystorePassword, from);
      startAsDaemon(h2oArguments.toArray(String[]::new));
      H2O.waitForCloudSize(cloudSize, timeout.toMillis());
      restApi = URI.create((H2O.ARGS.jks == null ? "http://" : "https://") + H2O.getIpPortString());
    } else if (webServerStopped) {
      try {
        H2O.getWebServer().start(H2O.ARGS.web_ip, H2O.API_PORT);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot restart the REST API of the embedded H2O node on port " + H2O.API_PORT, e);
      }
      webServerStopped = false;
    }
    return restApi;
  }

  /** Stops the REST API (and Flow) of the node, so that the JVM can exit; {@link #start} brings it back. */
  public static synchronized void stopWebServer() {
    if (restApi != null && !webServerStopped) {
      try {
        H2O.getWebServer().stop();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot stop the REST API of the embedded H2O node", e);
      }
      webServerStopped = true;
    }
  }

  /** The REST address of the node running in this JVM, if one was started. */
  public static synchronized Optional<URI> running() {
    return Optional.ofNullable(restApi);
  }

  // Threads inherit daemon status from the thread that creates them: H2O's network threads become daemons this way.
  private static void startAsDaemon(String[] arguments) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread starter = new Thread(() -> H2OStarter.start(arguments, true), "sparkling-h2o-start");
    starter.setDaemon(true);
    starter.setUncaughtExceptionHandler((thread, error) -> failure.set(error));
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the embedded H2O node", e);
    }
    if (failure.get() != null) {
      throw new IllegalStateException("The embedded H2O node failed to start: " + failure.get(), failure.get());
    }
  }
}
