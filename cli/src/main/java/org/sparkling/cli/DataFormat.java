package org.sparkling.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The file formats the data commands read and write, with Spark's reader options for each. */
enum DataFormat {
  CSV,
  PARQUET,
  JSON,
  ORC;

  /** The format named by an option, or else by the file's extension; {@code fallback} when neither says. */
  static DataFormat of(DataFormat chosen, Path file, String option, DataFormat fallback) {
    if (chosen != null) {
      return chosen;
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (DataFormat format : values()) {
      if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    if (fallback != null) {
      return fallback;
    }
    throw new CommandFailure(
        "Cannot tell the format of " + file + " from its extension; pass " + option + " csv|parquet|json|orc");
  }

  /** The file an option names, checked before Spark starts so that a typo fails at once. */
  static Path existing(Path file, String option) {
    if (!Files.exists(file)) {
      throw new CommandFailure("No such file: " + file + " (" + option + ")");
    }
    return file;
  }

  /** Reads a file or folder of this format; CSV with a header row and inferred column types. */
  Dataset<Row> read(SparkSession spark, Path file) {
    String path = file.toAbsolutePath().toString();
    switch (this) {
      case CSV:
        return spark.read().option("header", "true").option("inferSchema", "true").csv(path);
      case JSON:
        return spark.read().json(path);
      case ORC:
        return spark.read().orc(path);
      default:
        return spark.read().parquet(path);
    }
  }

  /** Writes the frame to a folder of this format, replacing it; CSV with a header row. */
  void write(Dataset<Row> frame, Path folder) {
    String path = folder.toAbsolutePath().toString();
    var writer = frame.write().mode("overwrite");
    switch (this) {
      case CSV:
        writer.option("header", "true").csv(path);
        break;
      case JSON:
        writer.json(path);
        break;
      case ORC:
        writer.orc(path);
        break;
      default:
        writer.parquet(path);
    }
  }
}
