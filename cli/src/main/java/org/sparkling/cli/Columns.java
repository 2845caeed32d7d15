package org.sparkling.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Checks the columns a command names against its data, before any work starts. */
final class Columns {
  private Columns() {}

  static void require(Dataset<Row> frame, List<String> names, String role, String option) {
    List<String> available = Arrays.asList(frame.columns());
    for (String name : names) {
      if (!available.contains(name)) {
        throw new CommandFailure("No " + role + " column '" + name + "' in the data (" + option + "); available columns: "
            + String.join(", ", available));
      }
    }
  }
}
