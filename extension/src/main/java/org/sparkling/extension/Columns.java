package org.sparkling.extension;

import water.DKV;
import water.Futures;
import water.Key;
import water.fvec.Frame;
import water.fvec.PartialFrames;
import water.fvec.Vec;

/** The columns of a frame being finished: builds the vector headers over the stored chunks and the frame, in order. */
final class Columns {
  private final String[] names;
  private final Key<Vec>[] keys;
  private final byte[] types;
  private final String[][] domains;

  @SuppressWarnings("unchecked")
  Columns(int count) {
    names = new String[count];
    keys = new Key[count];
    types = new byte[count];
    domains = new String[count][];
  }

  void set(int column, String name, Key<Vec> key, byte vecType, String[] domain) {
    names[column] = name;
    keys[column] = key;
    types[column] = vecType;
    domains[column] = domain;
  }

  /** The frame over every column's chunks, columns in {@code order} ({@code f}, or {@code -(d + 1)} for found column d). */
  Frame frame(String frameId, int[] order, long[] rowsPerChunk) {
    long[] starts = new long[rowsPerChunk.length + 1];
    for (int chunk = 0; chunk < rowsPerChunk.length; chunk++) {
      starts[chunk + 1] = starts[chunk] + rowsPerChunk[chunk];
    }
    int fixedCount = count() - countFound(order);
    String[] orderedNames = new String[order.length];
    Vec[] vecs = new Vec[order.length];
    Futures pending = new Futures();
    for (int position = 0; position < order.length; position++) {
      int column = order[position] >= 0 ? order[position] : fixedCount - order[position] - 1;
      orderedNames[position] = names[column];
      vecs[position] = PartialFrames.vec(keys[column], starts, domains[column], types[column]);
      DKV.put(keys[column], vecs[position], pending);
    }
    pending.blockForPending();
    // Vectors H2O adds to this group later (a categorical copy, say) must not take the numbers used here.
    vecs[0].group().reserveKeys(count());
    return new Frame(Key.make(frameId), orderedNames, vecs);
  }

  private int count() {
    return names.length;
  }

  private static int countFound(int[] order) {
    int found = 0;
    for (int column : order) {
      if (column < 0) {
        found++;
      }
    }
    return found;
  }
}
