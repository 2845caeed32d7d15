package org.sparkling.convert;

import java.io.Serializable;
import java.util.List;

/**
 * What a task tells the driver after writing its chunk: how many rows, and which columns it found in the data, numbered
 * as the chunk writer numbered them.
 *
 * @param chunk the chunk index (the partition index)
 * @param rows rows written
 * @param found the found columns, slot by slot
 */
public record ChunkReport(int chunk, long rows, List<Slot> found) implements Serializable {

  /**
   * A found column.
   *
   * @param name its name in the frame, e.g. {@code scores.3} or {@code tags.color}
   * @param kind how its values were written
   * @param path where it sits in the schema, for ordering: field ordinals and array indices as integers, map keys as text
   */
  public record Slot(String name, SparkColumn kind, List<Object> path) implements Serializable {}
}
