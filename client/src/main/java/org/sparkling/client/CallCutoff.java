package org.sparkling.client;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * A switch that whoever watches a cluster (the heartbeat of a Spark driver's context) throws when it finds the cluster
 * lost: every call of the clients built with it ({@link H2OClient.Builder#cutoff}) that is waiting for its reply fails at
 * once, and every later call fails before it is sent, with the watcher's reason, until {@link #restore()}.
 *
 * <p>Why: a surviving H2O node waits a long time for a dead member before it answers, so a call already sent to it would
 * hold its caller for a whole request timeout after the watcher knew. Only {@link #cut} ends calls: one that is merely
 * slow still runs to its own timeout.
 */
public final class CallCutoff {
  private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
  private volatile String reason;

  /** Fails the calls waiting for a reply now, and the calls made from now on, saying {@code why}. */
  public void cut(String why) {
    // The reason first: a call that registers after the loop below sees it and ends itself.
    reason = Objects.requireNonNull(why, "why == null");
    waiting.forEach(reply -> reply.cancel(true));
  }

  /** Lets calls through again, e.g. once the cluster answers again. */
  public void restore() {
    reason = null;
  }

  /** Why calls are cut; empty while they go through. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Waits for {@code reply}, the exchange of {@code what} (e.g. {@code GET /3/Jobs/...}) with {@code node}, unless this
   * switch is thrown before it arrives: then it is cancelled, and the call fails with the reason.
   *
   * @throws IOException as the exchange failed, as the JDK client's own blocking send reports it
   */
  <T> T await(CompletableFuture<T> reply, URI node, String what) throws IOException, InterruptedException {
    waiting.add(reply);
    try {
      if (reason != null) {
        reply.cancel(true);
      }
      return reply.get();
    } catch (CancellationException cut) {
      throw cut(what, node, cut);
    } catch (ExecutionException failed) {
      // The JDK client ends a cancelled exchange by failing it with a CancellationException of its own.
      if (failed.getCause() instanceof CancellationException cut) {
        throw cut(what, node, cut);
      }
      throw asThrownBySend(failed.getCause());
    } catch (InterruptedException e) {
      reply.cancel(true);
      throw e;
    } finally {
      waiting.remove(reply);
    }
  }

  private H2OClientException cut(String what, URI node, CancellationException cancelled) {
    String why = reason;
    return new H2OClientException(
        what + " to H2O at " + node + " was cut short, without waiting for its reply: "
            + (why == null ? "its cluster was found lost" : why), cancelled);
  }

  private static IOException asThrownBySend(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    return new IOException(failure.getMessage(), failure);
  }
}
