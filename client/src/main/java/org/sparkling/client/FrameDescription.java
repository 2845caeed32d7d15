package org.sparkling.client;

import java.util.List;
import java.util.Objects;

/**
 * An H2O frame as the Sparkling extension on the node describes it: columns with their statistics, and how its rows lie in
 * chunks across the nodes. This is what a Spark reader needs to plan one partition per chunk.
 *
 * @param frameId the frame's key
 * @param rows the number of rows
 * @param columns the columns, in order
 * @param chunks the chunks, in row order
 */
public record FrameDescription(String frameId, long rows, List<Column> columns, List<Chunk> chunks) {

  public FrameDescription {
    Objects.requireNonNull(frameId, "frameId == null");
    columns = List.copyOf(columns);
    chunks = List.copyOf(chunks);
  }

  /**
   * Whether the columns carry statistics (integer, min, max, mean, missing values). A frame just finished is described
   * without them; {@link H2OClient#describeFrame} asks the node to compute them.
   */
  public boolean hasStatistics() {
    return columns.stream().allMatch(column -> column.naCount() >= 0);
  }

  /** The column names, in order. */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * One column.
   *
   * @param name the exact name (spaces, dots and unicode kept)
   * @param type one of {@code numeric}, {@code categorical}, {@code string}, {@code time}, {@code uuid}
   * @param integer whether every value of a numeric column is a whole number
   * @param min the smallest value ({@code NaN} when every value is missing or the type has no order)
   * @param max the largest value
   * @param mean the mean of a numeric or time column
   * @param naCount how many values are missing; -1 when the description carries no statistics
   * @param positiveInfinities how many values are +Infinity (H2O leaves them out of {@code min} and {@code max}); 0
   *     without statistics
   * @param negativeInfinities how many values are -Infinity
   * @param cardinality the number of levels of a categorical column, else 0
   * @param domain the levels of a categorical column when there are at most a few dozen of them, else {@code null}
   */
  public record Column(
      String name,
      String type,
      boolean integer,
      double min,
      double max,
      double mean,
      long naCount,
      long positiveInfinities,
      long negativeInfinities,
      int cardinality,
      List<String> domain) {

    public Column {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(type, "type == null");
      domain = domain == null ? null : List.copyOf(domain);
    }

    /** How many values are +Infinity or -Infinity. */
    public long infinities() {
      return positiveInfinities + negativeInfinities;
    }
  }

  /**
   * One chunk: a contiguous block of rows of every column, held by one node.
   *
   * @param index the chunk index
   * @param rows how many rows it holds
   * @param node the {@code ip:port} of the node that holds it
   */
  public record Chunk(int index, long rows, String node) {}
}
