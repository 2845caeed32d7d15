package org.sparkling.backend;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.SparkEnv;

/**
 * A Spark executor as the scheduler names it: its id and the host its block manager reports.
 *
 * @param id the executor id, e.g. {@code 0}
 * @param host the executor's host as Spark knows it
 */
record SparkExecutor(String id, String host) implements Serializable, Comparable<SparkExecutor> {
  SparkExecutor {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(host, "host == null");
  }

  /** The executor this code runs in; only inside a task. */
  static SparkExecutor current() {
    SparkEnv env = SparkEnv.get();
    if (env == null) {
      throw new IllegalStateException("Not inside a Spark executor: SparkEnv is not set");
    }
    return new SparkExecutor(env.executorId(), env.blockManager().blockManagerId().host());
  }

  /**
   * The preferred location that pins a task to this very executor, not just to its host (Spark's
   * {@code ExecutorCacheTaskLocation}: {@code executor_<host>_<id>}).
   */
  String taskLocation() {
    return "executor_" + host + "_" + id;
  }

  /** Numeric ids in numeric order (executor 10 after executor 9). */
  @Override
  public int compareTo(SparkExecutor other) {
    int byLength = Integer.compare(id.length(), other.id.length());
    return byLength != 0 ? byLength : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return "executor " + id + " on " + host;
  }
}
