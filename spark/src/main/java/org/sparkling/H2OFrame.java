package org.sparkling;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sparkling.client.FrameDescription;

/**
 * A handle on a frame that lives in the H2O cluster: its key, columns, types and size. It holds no data; read the frame
 * with {@link H2OContext#asSparkFrame(H2OFrame)}.
 *
 * <p>{@link #delete()} (or {@link #close()}, e.g. in try-with-resources) removes the frame and its data from the cluster.
 */
public final class H2OFrame implements AutoCloseable {
  private final FrameDescription outline;
  private final Supplier<FrameDescription> describe;
  private final Consumer<String> remove;
  private FrameDescription description;
  private boolean deleted;

  /**
   * @param outline what is known without statistics, or a full description
   * @param describe asks the cluster for the full description, statistics included, when first needed
   * @param remove removes the frame of the given key from the cluster
   */
  H2OFrame(FrameDescription outline, Supplier<FrameDescription> describe, Consumer<String> remove) {
    this.outline = Objects.requireNonNull(outline, "outline == null");
    this.describe = Objects.requireNonNull(describe, "describe == null");
    this.remove = Objects.requireNonNull(remove, "remove == null");
    this.description = outline.hasStatistics() ? outline : null;
  }

  /**
   * Removes the frame, its columns and its data from the H2O cluster. A second call does nothing; after it, the key,
   * names and size stay readable, but reading the frame's data or statistics fails with {@link IllegalStateException}.
   */
  public void delete() {
    synchronized (this) {
      if (deleted) {
        return;
      }
      deleted = true;
    }
    remove.accept(key());
  }

  /** {@link #delete()}: removes the frame from the cluster. */
  @Override
  public void close() {
    delete();
  }

  public synchronized boolean isDeleted() {
    return deleted;
  }

  /** Fails when this frame was deleted, saying so. */
  synchronized void requireNotDeleted() {
    if (deleted) {
      throw new IllegalStateException(
          "H2O frame '" + key() + "' was deleted with H2OFrame.delete() or close(); convert the data again with "
              + "hc.asH2OFrame(...) to use it");
    }
  }

  /** The frame's key in H2O, e.g. to use it in Flow or in H2O's REST API. */
  public String key() {
    return outline.frameId();
  }

  public List<String> columnNames() {
    return outline.names();
  }

  /** H2O's type of each column: {@code numeric}, {@code categorical}, {@code string}, {@code time} or {@code uuid}. */
  public List<String> columnTypes() {
    return outline.columns().stream().map(FrameDescription.Column::type).toList();
  }

  public long numberOfRows() {
    return outline.rows();
  }

  public int numberOfColumns() {
    return outline.columns().size();
  }

  /**
   * Everything the node reports: statistics per column and the chunk layout. The statistics take a pass over the frame,
   * made (by H2O, once) when first asked for here rather than by every conversion.
   */
  public synchronized FrameDescription description() {
    requireNotDeleted();
    if (description == null) {
      description = describe.get();
    }
    return description;
  }

  /** A table of the columns with their type, range, mean, missing values and number of levels. */
  public String summary() {
    return FrameSummary.of(description());
  }

  @Override
  public String toString() {
    return String.format("H2OFrame '%s' (%,d rows x %d columns)", key(), numberOfRows(), numberOfColumns());
  }
}
