package org.sparkling.extension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import water.fvec.Frame;
import water.fvec.Vec;

/**
 * Describes a finished frame for the driver: column types and statistics, and the chunk layout a Spark reader plans its
 * partitions from. The shape matches {@code org.sparkling.client.FrameDescription}.
 */
final class FrameDescriptions {
  /** Domains up to this size travel with the description (enough to recognise booleans and show small summaries). */
  static final int DOMAIN_SHOWN_UP_TO = 32;

  private FrameDescriptions() {}

  /** The frame with the statistics of every column, computed now if H2O has not yet. */
  static Map<String, Object> describe(Frame frame) {
    return describe(frame, true);
  }

  /**
   * The frame; without {@code statistics} only what is known without reading the data (names, types, levels, rows,
   * chunks), with a missing-value count of -1 to say so. H2O computes statistics when first asked and keeps them, so a
   * frame that is only trained on never pays a pass of its own for them.
   */
  static Map<String, Object> describe(Frame frame, boolean statistics) {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("frame_id", frame._key.toString());
    description.put("rows", frame.numRows());
    if (statistics) {
      // Statistics of all columns at once: one pass each, run side by side, instead of one column after the other.
      water.Futures rollups = new water.Futures();
      for (Vec vec : frame.vecs()) {
        vec.startRollupStats(rollups);
      }
      rollups.blockForPending();
    }
    List<Map<String, Object>> columns = new ArrayList<>();
    for (int column = 0; column < frame.numCols(); column++) {
      columns.add(column(frame.name(column), frame.vec(column), statistics));
    }
    description.put("columns", columns);
    description.put("chunks", chunks(frame));
    return description;
  }

  private static Map<String, Object> column(String name, Vec vec, boolean statistics) {
    Map<String, Object> column = new LinkedHashMap<>();
    ColumnType type = typeOf(vec);
    column.put("name", name);
    column.put("type", type.wireName());
    // Statistics of a column without values are undefined; H2O would report +/-Double.MAX_VALUE.
    boolean ordered =
        statistics && (type == ColumnType.NUMERIC || type == ColumnType.TIME) && vec.naCnt() < vec.length();
    column.put("integer", ordered && wholeNumbers(vec));
    column.put("min", ordered ? vec.min() : Double.NaN);
    column.put("max", ordered ? vec.max() : Double.NaN);
    column.put("mean", ordered ? vec.mean() : Double.NaN);
    column.put("na_count", statistics ? vec.naCnt() : -1L);
    // H2O leaves infinities out of min and max and counts them apart: several algorithms cannot train on them.
    column.put("positive_infinities", ordered ? vec.pinfs() : 0L);
    column.put("negative_infinities", ordered ? vec.ninfs() : 0L);
    column.put("cardinality", vec.isCategorical() ? vec.cardinality() : 0);
    column.put(
        "domain",
        vec.isCategorical() && vec.cardinality() <= DOMAIN_SHOWN_UP_TO ? Arrays.asList(vec.domain()) : null);
    return column;
  }

  /** Whether a numeric column holds whole numbers only; H2O calls a column with infinities "integer" too. */
  static boolean wholeNumbers(Vec vec) {
    return vec.isInt() && vec.pinfs() == 0 && vec.ninfs() == 0;
  }

  /** The levels of the categorical columns among {@code columns}, {@code null} for the others. */
  static Map<String, Object> domains(Frame frame, int[] columns) {
    List<List<String>> domains = new ArrayList<>();
    for (int column : columns) {
      Vec vec = frame.vec(column);
      domains.add(vec.isCategorical() ? Arrays.asList(vec.domain()) : null);
    }
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("domains", domains);
    return reply;
  }

  static ColumnType typeOf(Vec vec) {
    for (ColumnType type : ColumnType.values()) {
      if (type.vecType() == vec.get_type()) {
        return type;
      }
    }
    throw new IllegalArgumentException("Column of H2O type " + vec.get_type_str() + " cannot be described");
  }

  private static List<Map<String, Object>> chunks(Frame frame) {
    List<Map<String, Object>> chunks = new ArrayList<>();
    Vec any = frame.anyVec();
    if (any == null) {
      return chunks;
    }
    long[] starts = any.espc();
    for (int chunk = 0; chunk < any.nChunks(); chunk++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("index", chunk);
      entry.put("rows", starts[chunk + 1] - starts[chunk]);
      entry.put("node", ChunkHomes.restAddress(any.chunkKey(chunk)));
      chunks.add(entry);
    }
    return chunks;
  }
}
