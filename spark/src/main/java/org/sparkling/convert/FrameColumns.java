package org.sparkling.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparkling.client.FoundColumn;
import org.sparkling.extension.ColumnType;

/**
 * The columns of the finished frame, from the schema's fixed columns and the chunks' reports: found columns merged by
 * name, every column placed where it sits in the schema (array elements by index, map keys alphabetically).
 */
final class FrameColumns {
  private final List<SparkTypes.FixedColumn> fixed;
  private final List<Found> found;
  private final long[] rowsPerChunk;
  private final List<Integer> order = new ArrayList<>();
  private final List<Integer> toCategorical = new ArrayList<>();

  private FrameColumns(List<SparkTypes.FixedColumn> fixed, List<Found> found, long[] rowsPerChunk) {
    this.fixed = fixed;
    this.found = found;
    this.rowsPerChunk = rowsPerChunk;
  }

  static FrameColumns of(List<SparkTypes.FixedColumn> fixed, List<ChunkReport> reports, int chunks) {
    long[] rowsPerChunk = new long[chunks];
    Map<String, Found> byName = new LinkedHashMap<>();
    for (ChunkReport report : reports) {
      rowsPerChunk[report.chunk()] = report.rows();
      List<ChunkReport.Slot> slots = report.found();
      for (int slot = 0; slot < slots.size(); slot++) {
        ChunkReport.Slot column = slots.get(slot);
        byName.computeIfAbsent(column.name(), name -> new Found(column, chunks)).slots[report.chunk()] = slot;
      }
    }
    FrameColumns columns = new FrameColumns(fixed, new ArrayList<>(byName.values()), rowsPerChunk);
    columns.placeColumns();
    return columns;
  }

  long[] rowsPerChunk() {
    return rowsPerChunk.clone();
  }

  List<String> fixedTypes() {
    return fixed.stream().map(column -> column.kind().h2oType().wireName()).toList();
  }

  List<List<String>> fixedDomains() {
    List<List<String>> domains = new ArrayList<>();
    fixed.forEach(column -> domains.add(domain(column.kind())));
    return domains;
  }

  List<FoundColumn> found() {
    return found.stream()
        .map(column -> new FoundColumn(column.slot.name(), column.slot.kind().h2oType().wireName(),
            domain(column.slot.kind()), column.slots))
        .toList();
  }

  /** Positions: {@code f} for fixed column f, {@code -(d + 1)} for found column d. */
  List<Integer> order() {
    return List.copyOf(order);
  }

  List<Integer> toCategorical() {
    return List.copyOf(toCategorical);
  }

  private void placeColumns() {
    record Placed(List<Object> path, int reference, String name, SparkColumn kind) {}
    List<Placed> placed = new ArrayList<>();
    for (int column = 0; column < fixed.size(); column++) {
      SparkTypes.FixedColumn spec = fixed.get(column);
      placed.add(new Placed(spec.path(), column, spec.name(), spec.kind()));
    }
    for (int column = 0; column < found.size(); column++) {
      ChunkReport.Slot slot = found.get(column).slot;
      placed.add(new Placed(slot.path(), -(column + 1), slot.name(), slot.kind()));
    }
    placed.sort(Comparator.comparing(Placed::path, FrameColumns::comparePaths));
    Map<String, Integer> positions = new HashMap<>();
    for (Placed column : placed) {
      Integer clash = positions.put(column.name(), order.size());
      if (clash != null) {
        throw new IllegalArgumentException(
            "Two columns would both be named '" + column.name() + "' in H2O (nested fields are named parent.child, "
                + "array elements array.index, map values map.key); rename one of them first");
      }
      if (column.kind() == SparkColumn.STRING) {
        toCategorical.add(order.size());
      }
      order.add(column.reference());
    }
  }

  /** Paths compare component by component: numbers by value, before text; text alphabetically; a prefix first. */
  static int comparePaths(List<Object> left, List<Object> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      Object a = left.get(i);
      Object b = right.get(i);
      int compared;
      if (a instanceof Integer x && b instanceof Integer y) {
        compared = Integer.compare(x, y);
      } else if (a instanceof Integer) {
        compared = -1;
      } else if (b instanceof Integer) {
        compared = 1;
      } else {
        compared = a.toString().compareTo(b.toString());
      }
      if (compared != 0) {
        return compared;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static List<String> domain(SparkColumn kind) {
    return kind == SparkColumn.BOOLEAN ? ColumnType.BOOLEAN_LEVELS : null;
  }

  /** A found column: what the first chunk reported of it, and its slot in every chunk (-1 where absent). */
  private static final class Found {
    final ChunkReport.Slot slot;
    final int[] slots;

    Found(ChunkReport.Slot slot, int chunks) {
      this.slot = slot;
      this.slots = new int[chunks];
      java.util.Arrays.fill(slots, -1);
    }
  }
}
