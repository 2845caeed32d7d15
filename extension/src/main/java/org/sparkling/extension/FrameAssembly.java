package org.sparkling.extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import water.DKV;
import water.Futures;
import water.Key;
import water.Value;
import water.fvec.Frame;
import water.fvec.PartialFrames;
import water.fvec.Vec;
import water.fvec.VectorGroups;

/**
 * The node side of building a frame from Spark partitions: create, finish, or discard it.
 *
 * <p>While a frame is being built, its key holds an empty, write-locked marker frame carrying the names of the fixed
 * columns. Writers store chunks under vector keys derived from the frame id ({@link PartialFrames#groupMember}): fixed
 * column f is vector f, and the found columns of chunk c live in a block of their own ({@link FoundColumns}). Finishing
 * moves the found columns next to the fixed ones and builds the frame over all of them.
 */
final class FrameAssembly {
  private final String frameId;
  private final Key<Vec> groupMember;

  FrameAssembly(String frameId) {
    if (frameId == null || frameId.isBlank()) {
      throw new IllegalArgumentException("A frame id must not be blank");
    }
    this.frameId = frameId;
    this.groupMember = PartialFrames.groupMember(frameId);
  }

  /** Starts a frame to be filled chunk by chunk, replacing a frame of the same id; {@code names} are its fixed columns. */
  void create(String[] names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "Column name '" + name + "' appears twice; H2O frames need unique column names. Rename one of them.");
      }
    }
    discard(0);
    Frame marker = new Frame(Key.make(frameId));
    marker._names = names.clone();
    marker.write_lock();
  }

  /**
   * Builds the frame: fixed columns where the writers put them, found columns moved from the writers' slots into
   * vectors of their own (chunks that never saw a column get missing values), all in {@code order}; then the text
   * columns get their merged domains.
   *
   * @param order the final column order: {@code f} for fixed column f, {@code -(d + 1)} for found column d
   * @param toCategorical positions, in the final order, of text columns written as chunk-local levels
   */
  Frame finish(
      long[] rowsPerChunk, String[] fixedTypes, String[][] fixedDomains, FoundColumn[] found, int[] order,
      int[] toCategorical) {
    Frame marker = marker();
    String[] fixedNames = marker._names;
    int fixedCount = fixedNames.length;
    if (fixedTypes.length != fixedCount || (fixedDomains != null && fixedDomains.length != fixedCount)) {
      throw new IllegalArgumentException(
          "Frame '" + frameId + "' has " + fixedCount + " columns but " + fixedTypes.length + " types were given");
    }
    if (order.length != fixedCount + found.length || order.length == 0) {
      throw new IllegalArgumentException(
          "The column order of frame '" + frameId + "' names " + order.length + " columns, not " + (fixedCount + found.length));
    }
    Columns columns = new Columns(fixedCount + found.length);
    for (int column = 0; column < fixedCount; column++) {
      Key<Vec> key = PartialFrames.vecKey(groupMember, column);
      byte vecType = ColumnType.fromWireName(fixedTypes[column]).vecType();
      writeEmptyChunks(key, fixedNames[column], vecType, rowsPerChunk);
      columns.set(column, fixedNames[column], key, vecType, fixedDomains == null ? null : fixedDomains[column]);
    }
    List<Key<?>> movedSlots = new ArrayList<>(); // and the chunk levels: removed keys whose markers are swept at the end
    for (int d = 0; d < found.length; d++) {
      Key<Vec> key = PartialFrames.vecKey(groupMember, fixedCount + d);
      byte vecType = ColumnType.fromWireName(found[d].type).vecType();
      movedSlots.addAll(moveFoundColumn(found[d], key, vecType, rowsPerChunk));
      columns.set(fixedCount + d, found[d].name, key, vecType, found[d].domain);
    }
    Frame frame = columns.frame(frameId, order, rowsPerChunk);
    if (marker._lockers != null) {
      marker.unlock_all();
    }
    new TextColumns(frameId, rowsPerChunk.length).finish(frame, toCategorical);
    Futures removing = new Futures();
    movedSlots.addAll(ChunkLevels.remove(frameId, rowsPerChunk.length, removing));
    removing.blockForPending();
    DKV.put(frame);
    KeySweep.sweep(movedSlots);
    return frame;
  }

  /** Removes the frame, finished or not; {@code writtenChunks} bounds the chunks an unfinished one may have stored. */
  void discard(int writtenChunks) {
    Value value = DKV.get(Key.make(frameId));
    if (value == null) {
      return;
    }
    if (!value.isFrame()) {
      throw new IllegalArgumentException(
          "Key '" + frameId + "' holds a " + value.className() + ", not a frame; choose another frame name");
    }
    Frame frame = value.get();
    if (frame._lockers != null) { // null once a finished frame was unlocked, and on every node but the locking one
      frame.unlock_all();
    }
    if (isFinished(frame)) {
      FrameRemoval.removeFinished(frame);
      return;
    }
    FrameRemoval removal = new FrameRemoval()
        .candidate(VectorGroups.groupOf(groupMember), frame._names.length); // a finish that failed half-way
    Futures pending = new Futures();
    for (int chunk = 0; chunk < writtenChunks; chunk++) {
      for (int column = 0; column < frame._names.length; column++) {
        removal.removed(PartialFrames.removeChunk(PartialFrames.vecKey(groupMember, column), chunk, pending));
      }
      for (int slot = 0; ; slot++) {
        Key<Vec> key = foundSlotKey(chunk, writtenChunks, slot);
        if (!PartialFrames.chunkExists(key, chunk)) {
          break;
        }
        removal.removed(PartialFrames.removeChunk(key, chunk, pending));
      }
    }
    removal.removed(ChunkLevels.remove(frameId, writtenChunks, pending));
    DKV.remove(frame._key, pending);
    pending.blockForPending();
    removal.removed(frame._key).finish();
  }

  /** Whether a frame is finished, rather than a marker of one being built. */
  static boolean isFinished(Frame frame) {
    return frame.numCols() > 0;
  }

  private Key<Vec> foundSlotKey(int chunk, int chunks, int slot) {
    return PartialFrames.vecKey(groupMember, FoundColumns.firstVecIndex(chunk, chunks) + slot);
  }

  /** Moves a found column's chunks out of the writers' slots; returns the slot chunks' keys, now removed. */
  private List<Key<?>> moveFoundColumn(FoundColumn column, Key<Vec> key, byte vecType, long[] rowsPerChunk) {
    Futures pending = new Futures();
    List<Key<?>> moved = new ArrayList<>();
    for (int chunk = 0; chunk < rowsPerChunk.length; chunk++) {
      int slot = column.slots[chunk];
      if (slot < 0) {
        PartialFrames.writeMissingChunk(key, vecType, chunk, rowsPerChunk[chunk], pending);
        continue;
      }
      Key<Vec> slotKey = foundSlotKey(chunk, rowsPerChunk.length, slot);
      if (!PartialFrames.moveChunk(slotKey, key, chunk, pending)) {
        throw new IllegalArgumentException(
            "Chunk " + chunk + " of column '" + column.name + "' of frame '" + frameId + "' was never written");
      }
      moved.add(PartialFrames.chunkKey(slotKey, chunk));
    }
    pending.blockForPending();
    return moved;
  }

  /**
   * Every chunk index needs a chunk, also where a writer had no rows and stored nothing; a chunk that should hold rows
   * but is missing means a writer never ran, and finishing would make a corrupt frame.
   */
  private void writeEmptyChunks(Key<Vec> column, String name, byte vecType, long[] rowsPerChunk) {
    Futures pending = new Futures();
    for (int chunk = 0; chunk < rowsPerChunk.length; chunk++) {
      if (PartialFrames.chunkExists(column, chunk)) {
        continue;
      }
      if (rowsPerChunk[chunk] != 0) {
        throw new IllegalArgumentException(
            "Chunk " + chunk + " of column '" + name + "' of frame '" + frameId + "' should hold " + rowsPerChunk[chunk]
                + " rows but was never written");
      }
      PartialFrames.writeMissingChunk(column, vecType, chunk, 0, pending);
    }
    pending.blockForPending();
  }

  private Frame marker() {
    Value value = DKV.get(Key.make(frameId));
    if (value == null || !value.isFrame()) {
      throw new FrameServlet.NotFound(
          "Frame '" + frameId + "' is not being built; create it with POST /3/sparkling/frames/" + frameId);
    }
    Frame frame = value.get();
    if (isFinished(frame)) {
      throw new IllegalArgumentException("Frame '" + frameId + "' is already finished");
    }
    return frame;
  }
}
