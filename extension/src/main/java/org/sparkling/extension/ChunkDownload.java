package org.sparkling.extension;

import water.fvec.Frame;
import water.fvec.Vec;

/**
 * {@code GET /3/sparkling/frames/{id}/chunks/{index}?columns=0,3,7}: checks the request, then streams the chunk's columns
 * (all of them without {@code columns}) as {@link ChunkEncoding} describes.
 */
final class ChunkDownload {
  private ChunkDownload() {}

  /** The reply to stream, once the chunk index is known to exist; nothing is read before the reply is sent. */
  static FrameServlet.StreamedReply of(Frame frame, String index, int[] columns) {
    int chunk = chunkIndex(frame, index);
    ChunkTraffic.sent(frame.anyVec().chunkKey(chunk));
    byte[] kinds = new byte[columns.length];
    for (int i = 0; i < columns.length; i++) {
      kinds[i] = kind(frame.vec(columns[i]));
    }
    return out -> {
      try (ChunkReader reader = ChunkReader.of(frame, chunk)) {
        DownloadEncoder.write(reader, columns, kinds, out);
      }
    };
  }

  private static int chunkIndex(Frame frame, String index) {
    int chunks = frame.anyVec() == null ? 0 : frame.anyVec().nChunks();
    String range =
        chunks == 0 ? "frame '" + frame._key + "' has no chunks" : "frame '" + frame._key + "' has chunks 0 to " + (chunks - 1);
    int chunk;
    try {
      chunk = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid chunk index '" + index + "': " + range);
    }
    if (chunk < 0 || chunk >= chunks) {
      throw new IllegalArgumentException("Chunk " + chunk + " does not exist: " + range);
    }
    return chunk;
  }

  /** How a column travels: whole numbers as longs (as exact as H2O holds them), other numbers as doubles. */
  private static byte kind(Vec vec) {
    return switch (FrameDescriptions.typeOf(vec)) {
      case NUMERIC -> FrameDescriptions.wholeNumbers(vec) ? ChunkEncoding.LONG : ChunkEncoding.DOUBLE;
      case CATEGORICAL -> ChunkEncoding.LEVEL;
      case TIME -> ChunkEncoding.TIME;
      case STRING, UUID -> ChunkEncoding.STRING;
    };
  }
}
