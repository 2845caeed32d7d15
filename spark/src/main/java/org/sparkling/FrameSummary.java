package org.sparkling;

import org.sparkling.client.FrameDescription;

/** The summary table of an {@link H2OFrame}. */
final class FrameSummary {
  private FrameSummary() {}

  static String of(FrameDescription frame) {
    TextTable table = new TextTable("column", "type", "min", "max", "mean", "missing", "levels");
    for (FrameDescription.Column column : frame.columns()) {
      table.row(
          column.name(),
          column.type(),
          number(column.min()),
          number(column.max()),
          number(column.mean()),
          column.naCount(),
          column.cardinality() == 0 ? "" : column.cardinality());
    }
    return String.format("H2OFrame '%s': %,d rows, %d columns%n%s", frame.frameId(), frame.rows(), frame.columns().size(), table);
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format("%d", (long) value) : String.format("%.4g", value);
  }
}
