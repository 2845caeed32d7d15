package org.sparkling.source;

import java.io.Serializable;

/**
 * The columns a scan reads, sent to every task: their numbers in the frame, how each becomes a Spark column, and the levels
 * of the categorical ones ({@code null} for the others).
 */
record ScanColumns(int[] numbers, H2OColumn[] kinds, String[][] levels) implements Serializable {
  int count() {
    return numbers.length;
  }
}
