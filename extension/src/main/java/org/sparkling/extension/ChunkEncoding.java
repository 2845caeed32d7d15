package org.sparkling.extension;

/**
 * The binary stream that carries one chunk over REST, column after column:
 *
 * <pre>
 * int magic "SWC1" | int fixed count | fixed types (byte each) | int found count | found (UTF name, byte type) each
 * | int rows | per column: int byte length, then entries
 * </pre>
 *
 * An entry is a tag byte and its payload: a missing value, a long, a double, a level (int), a time (long millis), a string
 * (int length, UTF-8 bytes), or a run of zeros or of missing values (int count), which keeps sparse vectors small.
 * Numbers are big-endian, as {@link java.io.DataOutputStream} writes them.
 */
final class ChunkEncoding {
  static final int MAGIC = 0x53574331;
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
