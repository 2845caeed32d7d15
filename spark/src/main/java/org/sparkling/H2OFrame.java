package org.sparkling;

import java.util.List;
import java.util.Objects;
import org.sparkling.client.FrameDescription;

/**
 * A handle on a frame that lives in the H2O cluster: its key, columns, types and size. It holds no data; read the frame
 * with {@link H2OContext#asSparkFrame(H2OFrame)}.
 */
public final class H2OFrame {
  private final FrameDescription description;

  H2OFrame(FrameDescription description) {
    this.description = Objects.requireNonNull(description, "description == null");
  }

  /** The frame's key in H2O, e.g. to use it in Flow or in H2O's REST API. */
  public String key() {
    return description.frameId();
  }

  public List<String> columnNames() {
    return description.names();
  }

  /** H2O's type of each column: {@code numeric}, {@code categorical}, {@code string}, {@code time} or {@code uuid}. */
  public List<String> columnTypes() {
    return description.columns().stream().map(FrameDescription.Column::type).toList();
  }

  public long numberOfRows() {
    return description.rows();
  }

  public int numberOfColumns() {
    return description.columns().size();
  }

  /** Everything the node reported: statistics per column and the chunk layout. */
  public FrameDescription description() {
    return description;
  }

  /** A table of the columns with their type, range, mean, missing values and number of levels. */
  public String summary() {
    return FrameSummary.of(description);
  }

  @Override
  public String toString() {
    return String.format("H2OFrame '%s' (%,d rows x %d columns)", key(), numberOfRows(), numberOfColumns());
  }
}
