package org.sparkling.source;

import java.util.ArrayList;
import java.util.List;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;

/**
 * The levels of the categorical columns a scan reads, resolved once on the driver and sent with the scan: chunks carry
 * level indexes only. They come from the frame's description when it holds them, else from one request to the node.
 */
final class ScanLevels {
  private ScanLevels() {}

  /** Per scanned column, its levels when it is read as {@link H2OColumn#CATEGORICAL}, else {@code null}. */
  static String[][] of(FrameDescription frame, int[] columns, H2OColumn[] kinds, H2OClient client) {
    String[][] levels = new String[columns.length][];
    List<Integer> asked = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      if (kinds[i] == H2OColumn.CATEGORICAL) {
        List<String> domain = frame.columns().get(columns[i]).domain();
        if (domain == null) {
          asked.add(i);
        } else {
          levels[i] = domain.toArray(String[]::new);
        }
      }
    }
    if (!asked.isEmpty()) {
      List<List<String>> domains =
          client.domains(frame.frameId(), asked.stream().mapToInt(i -> columns[i]).toArray());
      for (int k = 0; k < asked.size(); k++) {
        levels[asked.get(k)] = domains.get(k).toArray(String[]::new);
      }
    }
    return levels;
  }
}
