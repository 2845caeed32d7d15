package org.sparkling.convert;

import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.sparkling.extension.ChunkOutput;

/** Writes one Spark value (a scalar, or a struct, array, map or vector spread over several H2O columns) into a chunk. */
interface FieldWriter {
  /** Writes the value at {@code ordinal} of {@code data} (a row, a struct, or an array's elements), known not to be null. */
  void write(SpecializedGetters data, int ordinal, ChunkOutput out);

  /** The value is null in the current row. */
  void writeNull(ChunkOutput out);

  /** The chunk has no more rows: pad what must not be left missing. */
  default void endChunk(ChunkOutput out) {}
}
