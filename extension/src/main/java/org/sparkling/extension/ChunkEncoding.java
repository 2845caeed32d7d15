package org.sparkling.extension;

/**
 * The binary streams that carry one chunk over REST. Numbers are big-endian, as {@link java.io.DataOutputStream} writes
 * them.
 *
 * <p>Upload ({@code POST .../chunks/{index}}, {@link ChunkEncoder} to {@link ChunkDecoder}), column after column:
 *
 * <pre>
 * int magic "SWC1" | int fixed count | fixed types (byte each) | int found count | found (UTF name, byte type) each
 * | int rows | per column: int byte length, then entries
 * </pre>
 *
 * An entry is a tag byte and its payload: a missing value, a long, a double, a level (int), a time (long millis), a string
 * (int length, UTF-8 bytes), or a run of zeros or of missing values (int count), which keeps sparse vectors small.
 *
 * <p>Download ({@code GET .../chunks/{index}?columns=...}, {@link DownloadEncoder} to {@link DownloadDecoder}), in batches
 * of rows so that neither side holds the whole chunk, each batch column after column, each column's values in bulk:
 *
 * <pre>
 * int magic "SWR1" | int rows | int column count | per column: int frame column number, byte kind
 * | batches: int batch rows (&gt; 0), then one block per column | int 0 (the end, so a cut stream is noticed)
 * </pre>
 *
 * The kind of a column is one of the entry tags: {@link #DOUBLE}, {@link #LONG}, {@link #LEVEL}, {@link #TIME} or
 * {@link #STRING}. A block of doubles is the batch's doubles ({@code NaN} is missing: H2O has no other NaN); a block of
 * longs, levels or times is an {@link IntegerBlock}; a block of strings is, per value, an int length ({@code -1} for a
 * missing value) and the UTF-8 bytes. Categorical columns travel as level indexes: a reader gets their levels once (from
 * the frame's description, or {@code GET .../domains} for long lists), not with every chunk.
 */
final class ChunkEncoding {
  static final int MAGIC = 0x53574331;
  static final int DOWNLOAD_MAGIC = 0x53575231;
  static final byte MISSING = 0;
  static final byte LONG = 1;
  static final byte DOUBLE = 2;
  static final byte LEVEL = 3;
  static final byte TIME = 4;
  static final byte STRING = 5;
  static final byte ZEROS = 6;
  static final byte MISSING_RUN = 7;

  private ChunkEncoding() {}
}
