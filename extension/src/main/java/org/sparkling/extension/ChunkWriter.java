package org.sparkling.extension;

import java.util.ArrayList;
import java.util.List;
import water.DKV;
import water.Futures;
import water.Key;
import water.fvec.Frame;
import water.fvec.NewChunk;
import water.fvec.PartialFrames;
import water.fvec.Vec;
import water.parser.BufferedString;

/**
 * Writes one chunk of a frame being built, in the JVM of an H2O node: no HTTP, no serialisation. A Spark task that holds a
 * partition opens one writer for the chunk with its partition's index, appends every row, then {@link #close()}s it.
 *
 * <p>Columns are of two kinds. <b>Fixed</b> columns were named when the frame was created; the caller writes every one of
 * them in every row. <b>Found</b> columns appear as the data shows them (element 7 of an array, key "x" of a map): the
 * writer gives each its own vector in the frame's group, numbered by the partition, so no task waits for another, and
 * fills the rows a found column skipped with missing values. {@link FrameAssembly} lines all chunks up at the end.
 *
 * <p>Writing the same chunk index again (a retried task) replaces what the earlier attempt wrote.
 */
public final class ChunkWriter implements ChunkOutput {
  private final String frameId;
  private final String[] fixedNames;
  private final ColumnType[] fixedTypes;
  private final ChunkLevels levels = new ChunkLevels();
  private final List<ColumnLevels> levelsByColumn = new ArrayList<>();
  private final int chunkIndex;
  private final Key<Vec> groupMember;
  private final int firstFoundIndex;
  private final int foundLimit;
  private final NewChunk[] fixed;
  /** The values of fixed columns, until the chunk closes; null for a column written through its NewChunk instead. */
  private final ColumnValues[] buffered;
  private final List<NewChunk> found = new ArrayList<>();
  private final List<String> foundNames = new ArrayList<>();
  private final List<ColumnType> foundTypes = new ArrayList<>();
  private final BufferedString text = new BufferedString();
  private int rows;
  private boolean closed;

  private ChunkWriter(
      String frameId, String[] fixedNames, ColumnType[] fixedTypes, Key<Vec> groupMember, NewChunk[] fixed, int chunkIndex,
      int chunkCount) {
    this.frameId = frameId;
    this.fixedNames = fixedNames;
    this.fixedTypes = fixedTypes.clone();
    this.groupMember = groupMember;
    this.fixed = fixed;
    this.buffered = new ColumnValues[fixed.length];
    int expectedRows = ChunkSizes.expected(frameId);
    for (int column = 0; column < fixed.length; column++) {
      if (fixedTypes[column] != ColumnType.STRING && fixedTypes[column] != ColumnType.UUID) {
        buffered[column] = new ColumnValues(expectedRows);
      }
    }
    this.chunkIndex = chunkIndex;
    this.firstFoundIndex = FoundColumns.firstVecIndex(chunkIndex, chunkCount);
    this.foundLimit = FoundColumns.blockSize(chunkCount);
  }

  /**
   * Opens chunk {@code chunkIndex} (of {@code chunkCount}) of the frame {@code frameId}, which must have been created and
   * not yet finished, with the types of its fixed columns.
   */
  public static ChunkWriter open(String frameId, ColumnType[] fixedTypes, int chunkIndex, int chunkCount) {
    if (!(DKV.getGet(Key.make(frameId)) instanceof Frame marker) || FrameAssembly.isFinished(marker)) {
      throw new IllegalStateException("H2O frame '" + frameId + "' is not being built on this cluster any more");
    }
    if (marker._names.length != fixedTypes.length) {
      throw new IllegalArgumentException(
          "Frame '" + frameId + "' was created with " + marker._names.length + " columns, not " + fixedTypes.length);
    }
    Key<Vec> groupMember = PartialFrames.groupMember(frameId);
    NewChunk[] fixed = new NewChunk[fixedTypes.length];
    for (int column = 0; column < fixed.length; column++) {
      fixed[column] =
          PartialFrames.createChunk(PartialFrames.vecKey(groupMember, column), fixedTypes[column].vecType(), chunkIndex);
    }
    return new ChunkWriter(frameId, marker._names, fixedTypes, groupMember, fixed, chunkIndex, chunkCount);
  }

  /** Adds a found column to this chunk and returns its column number for the {@code add} methods. */
  @Override
  public int addFoundColumn(String name, ColumnType type) {
    int slot = found.size();
    if (slot >= foundLimit) {
      throw new IllegalStateException(
          "More than " + foundLimit + " array, map or vector columns in one partition; H2O frames this wide are not supported");
    }
    found.add(PartialFrames.createChunk(PartialFrames.vecKey(groupMember, firstFoundIndex + slot), type.vecType(), chunkIndex));
    foundNames.add(name);
    foundTypes.add(type);
    return fixed.length + slot;
  }

  /** The names of the found columns, in the order they were added. */
  public List<String> foundNames() {
    return List.copyOf(foundNames);
  }

  public List<ColumnType> foundTypes() {
    return List.copyOf(foundTypes);
  }

  @Override
  public void addLong(int column, long value) {
    ColumnValues values = buffer(column, true);
    if (values != null) {
      values.addLong(value); // Long.MIN_VALUE stays H2O's missing-value marker
    } else if (value == Long.MIN_VALUE) {
      chunk(column).addNA();
    } else {
      chunk(column).addNum(value, 0);
    }
  }

  @Override
  public void addDouble(int column, double value) {
    ColumnValues values = buffer(column, false);
    if (values != null) {
      values.addDouble(value);
    } else {
      chunk(column).addNum(value);
    }
  }

  /**
   * The buffered values of a fixed column that can take the next value, or null for a column written through its NewChunk;
   * a column that mixes whole numbers and doubles moves there, keeping exact longs.
   */
  private ColumnValues buffer(int column, boolean whole) {
    if (column >= buffered.length || buffered[column] == null) {
      return null;
    }
    if (!buffered[column].accepts(whole)) {
      buffered[column].moveTo(fixed[column], fixedTypes[column] == ColumnType.CATEGORICAL);
      buffered[column] = null;
      return null;
    }
    return buffered[column];
  }

  /** A categorical value, as the index of its level in the domain given when the frame is finished. */
  @Override
  public void addLevel(int column, int level) {
    ColumnValues values = buffer(column, true);
    if (values != null) {
      values.addLong(level);
    } else {
      chunk(column).addCategorical(level);
    }
  }

  /** Milliseconds since 1970-01-01T00:00:00Z. */
  @Override
  public void addTime(int column, long epochMillis) {
    addLong(column, epochMillis);
  }

  /** A string as UTF-8 bytes; in a categorical column, its chunk-local level (merged across chunks at the finish). */
  @Override
  public void addString(int column, byte[] utf8, int offset, int length) {
    if (typeOf(column) == ColumnType.CATEGORICAL) {
      addLevel(column, levelsOf(column).levelOf(utf8, offset, length));
    } else {
      chunk(column).addStr(text.set(utf8, offset, length));
    }
  }

  private ColumnType typeOf(int column) {
    return column < fixed.length ? fixedTypes[column] : foundTypes.get(column - fixed.length);
  }

  private ColumnLevels levelsOf(int column) {
    while (levelsByColumn.size() <= column) {
      levelsByColumn.add(null);
    }
    ColumnLevels columnLevels = levelsByColumn.get(column);
    if (columnLevels == null) {
      String name = column < fixed.length ? fixedNames[column] : foundNames.get(column - fixed.length);
      columnLevels = levels.column(name);
      levelsByColumn.set(column, columnLevels);
    }
    return columnLevels;
  }

  @Override
  public void addMissing(int column) {
    if (column < buffered.length && buffered[column] != null) {
      buffered[column].addMissing();
      return;
    }
    chunk(column).addNA();
  }

  /** Zeros in a found column from its last value up to {@code row}, exclusive. */
  @Override
  public void fillZeros(int column, int row) {
    NewChunk chunk = raw(column);
    if (chunk._len < row) {
      chunk.addZeros(row - chunk._len);
    }
  }

  /** Missing values in a found column from its last value up to {@code row}, exclusive. */
  @Override
  public void fillMissing(int column, int row) {
    NewChunk chunk = raw(column);
    if (chunk._len < row) {
      chunk.addNAs(row - chunk._len);
    }
  }

  /** How many values a column holds so far. */
  @Override
  public int valuesIn(int column) {
    if (column < buffered.length && buffered[column] != null) {
      return buffered[column].size();
    }
    return raw(column)._len;
  }

  /** Ends the current row: found columns the row did not write are missing there. */
  @Override
  public void endRow() {
    rows++;
  }

  /** Rows ended so far. */
  @Override
  public int rows() {
    return rows;
  }

  /** Compresses the chunk and stores it in H2O's key/value store. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    ChunkSizes.written(frameId, rows);
    for (NewChunk chunk : found) {
      if (chunk._len < rows) {
        chunk.addNAs(rows - chunk._len);
      }
    }
    Futures pending = new Futures();
    for (int column = 0; column < fixed.length; column++) {
      if (buffered[column] != null) {
        buffered[column].store(PartialFrames.vecKey(groupMember, column), fixedTypes[column].vecType(), chunkIndex, pending);
      } else {
        fixed[column].close(pending);
      }
    }
    pending.blockForPending();
    PartialFrames.closeChunks(found.toArray(NewChunk[]::new));
    levels.store(frameId, chunkIndex);
  }

  private NewChunk raw(int column) {
    return column < fixed.length ? fixed[column] : found.get(column - fixed.length);
  }

  private NewChunk chunk(int column) {
    if (column < fixed.length) {
      return fixed[column];
    }
    NewChunk chunk = found.get(column - fixed.length);
    if (chunk._len < rows) {
      chunk.addNAs(rows - chunk._len);
    }
    return chunk;
  }
}
