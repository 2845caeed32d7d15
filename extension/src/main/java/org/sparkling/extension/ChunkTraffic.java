package org.sparkling.extension;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import water.H2O;
import water.Key;

/**
 * The chunks this node received and sent over REST since it started, and how many of them it does not hold itself:
 * each of those cost an extra hop inside the cluster (the node forwards an upload to the chunk's home, or fetches the
 * chunk from there before sending it). Shown by {@code GET /3/sparkling/traffic}, so that an operator sees whether the
 * transfer load spreads over the nodes and goes straight to the nodes that hold the data.
 */
final class ChunkTraffic {
  private static final AtomicLong RECEIVED = new AtomicLong();
  private static final AtomicLong RECEIVED_HOMED_ELSEWHERE = new AtomicLong();
  private static final AtomicLong SENT = new AtomicLong();
  private static final AtomicLong SENT_HOMED_ELSEWHERE = new AtomicLong();

  private ChunkTraffic() {}

  /** A chunk upload was stored under {@code chunk} (column 0's key stands for all: columns share chunk homes). */
  static void received(Key<?> chunk) {
    count(chunk, RECEIVED, RECEIVED_HOMED_ELSEWHERE);
  }

  /** A chunk download of {@code chunk} (column 0's key) was answered. */
  static void sent(Key<?> chunk) {
    count(chunk, SENT, SENT_HOMED_ELSEWHERE);
  }

  static Map<String, Object> snapshot() {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("node", H2O.SELF.getIpPortString());
    reply.put("chunks_received", RECEIVED.get());
    reply.put("chunks_received_homed_elsewhere", RECEIVED_HOMED_ELSEWHERE.get());
    reply.put("chunks_sent", SENT.get());
    reply.put("chunks_sent_homed_elsewhere", SENT_HOMED_ELSEWHERE.get());
    return reply;
  }

  private static void count(Key<?> chunk, AtomicLong all, AtomicLong homedElsewhere) {
    all.incrementAndGet();
    if (!chunk.home()) {
      homedElsewhere.incrementAndGet();
    }
  }
}
