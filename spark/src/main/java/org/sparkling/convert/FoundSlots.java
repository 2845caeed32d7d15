package org.sparkling.convert;

import java.util.ArrayList;
import java.util.List;
import org.sparkling.extension.ChunkOutput;

/** The found columns of one chunk, in the order the chunk writer numbered them: what the task reports to the driver. */
final class FoundSlots {
  private final List<ChunkReport.Slot> slots = new ArrayList<>();

  /** Adds a found column to the chunk and returns its column number. */
  int add(ChunkOutput out, String name, SparkColumn kind, List<Object> path) {
    int column = out.addFoundColumn(name, kind.h2oType());
    slots.add(new ChunkReport.Slot(name, kind, List.copyOf(path)));
    return column;
  }

  List<ChunkReport.Slot> slots() {
    return List.copyOf(slots);
  }
}
