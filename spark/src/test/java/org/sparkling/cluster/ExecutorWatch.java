package org.sparkling.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.storage.BlockManagerId;

/**
 * Watches a Spark application's executors come and go: how many the status tracker reports (the driver left out), sampled
 * every 200 ms into a timeline with the test's steps marked in it, and what the listener bus says (executors added and
 * removed, tasks running per executor, tasks lost with their executor).
 */
final class ExecutorWatch extends SparkListener implements AutoCloseable {
  private final SparkContext spark;
  private final BlockManagerId driver;
  private final long started = System.nanoTime();
  private final List<String> timeline = new ArrayList<>();
  private final Map<String, AtomicInteger> runningTasks = new ConcurrentHashMap<>();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger removed = new AtomicInteger();
  private final AtomicInteger lostTasks = new AtomicInteger();
  private final Thread sampler;
  private volatile boolean closed;
  private int lastCount = -1;
  private int maxSinceMark;

  private ExecutorWatch(SparkContext spark) {
    this.spark = spark;
    this.driver = SparkEnv.get().blockManager().blockManagerId();
    this.sampler = new Thread(this::sample, "executor-watch");
    this.sampler.setDaemon(true);
  }

  static ExecutorWatch start(SparkContext spark) {
    ExecutorWatch watch = new ExecutorWatch(spark);
    spark.addSparkListener(watch);
    watch.sampler.start();
    return watch;
  }

  /** Executors the status tracker reports now, the driver left out. */
  int executors() {
    int count = 0;
    for (SparkExecutorInfo executor : spark.statusTracker().getExecutorInfos()) {
      if (!(executor.host().equals(driver.host()) && executor.port() == driver.port())) {
        count++;
      }
    }
    return count;
  }

  /** Marks the start of a step in the timeline, and returns the most executors seen since the previous mark. */
  synchronized int mark(String step) {
    int max = Math.max(maxSinceMark, executors());
    timeline.add(String.format("%.1fs [%s]", seconds(), step));
    maxSinceMark = executors();
    return max;
  }

  /** An executor running a task now, if any. */
  Optional<String> busyExecutor() {
    return runningTasks.entrySet().stream().filter(entry -> entry.getValue().get() > 0).map(Map.Entry::getKey).findFirst();
  }

  int added() {
    return added.get();
  }

  int removed() {
    return removed.get();
  }

  /** Tasks that failed because their executor was lost; Spark runs them again. */
  int lostTasks() {
    return lostTasks.get();
  }

  /** The counts seen, each with when it was first seen, and the steps. */
  synchronized String timeline() {
    return String.join(", ", timeline);
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded event) {
    added.incrementAndGet();
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
    removed.incrementAndGet();
    runningTasks.remove(event.executorId());
  }

  @Override
  public void onTaskStart(SparkListenerTaskStart event) {
    runningTasks.computeIfAbsent(event.taskInfo().executorId(), id -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    AtomicInteger running = runningTasks.get(event.taskInfo().executorId());
    if (running != null) {
      running.decrementAndGet();
    }
    if (event.reason() instanceof ExecutorLostFailure) {
      lostTasks.incrementAndGet();
    }
  }

  private void sample() {
    while (!closed) {
      synchronized (this) {
        int count = executors();
        maxSinceMark = Math.max(maxSinceMark, count);
        if (count != lastCount) {
          timeline.add(String.format("%.1fs: %d", seconds(), count));
          lastCount = count;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  @Override
  public void close() {
    closed = true;
    sampler.interrupt();
    spark.removeSparkListener(this);
  }
}
