package org.sparkling.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A response body that fails a read waiting longer than the timeout for data. The JDK client's request timeout ends when
 * the headers arrive and its body streams wait forever; a read that takes too long here closes the stream under it, which
 * ends the wait.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
  private static final ScheduledThreadPoolExecutor ALARMS = alarms();
  private final Duration timeout;
  private final String what;
  private volatile boolean timedOut;

  /** {@code what} names the request in the error, e.g. {@code GET /3/sparkling/frames/f/chunks/0}. */
  IdleTimeoutInputStream(InputStream body, Duration timeout, String what) {
    super(body);
    this.timeout = timeout;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    ScheduledFuture<?> alarm = ALARMS.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    int read;
    try {
      read = super.read(buffer, offset, length);
    } catch (IOException e) {
      throw timedOut ? timeout(e) : e;
    } finally {
      alarm.cancel(false);
    }
    if (timedOut) {
      throw timeout(null);
    }
    return read;
  }

  @Override
  public long skip(long count) throws IOException {
    return read(new byte[(int) Math.min(count, 8192)], 0, (int) Math.min(count, 8192));
  }

  private void expire() {
    timedOut = true;
    try {
      in.close();
    } catch (IOException e) {
      // The read it interrupts reports the timeout.
    }
  }

  private HttpTimeoutException timeout(IOException cause) {
    HttpTimeoutException expired =
        new HttpTimeoutException(what + " sent no data for " + timeout.toMillis() + " ms (spark.ext.h2o.rest.api.timeout)");
    if (cause != null) {
      expired.initCause(cause);
    }
    return expired;
  }

  private static ScheduledThreadPoolExecutor alarms() {
    ScheduledThreadPoolExecutor alarms =
        new ScheduledThreadPoolExecutor(1, task -> {
          Thread thread = new Thread(task, "sparkling-read-timeouts");
          thread.setDaemon(true);
          return thread;
        });
    alarms.setRemoveOnCancelPolicy(true);
    return alarms;
  }
}
