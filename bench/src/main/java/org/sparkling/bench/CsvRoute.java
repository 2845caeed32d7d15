package org.sparkling.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.client.ImportedFiles;
import org.sparkling.client.Job;
import org.sparkling.client.ParseSetup;

/**
 * The way to H2O without Sparkling Water: Spark writes CSV files, and H2O imports and parses them (ImportFiles, ParseSetup,
 * Parse), as H2O's own clients do.
 */
final class CsvRoute implements Contender {
  static final String WRITE = "df.write().csv";
  static final String PARSE = "H2O import + parse";
  private static final long PARSE_TIMEOUT_NANOS = Duration.ofMinutes(30).toNanos();
  private static final long POLL_MILLIS = 10;

  private final H2OClient h2o;
  private final BenchData data;
  private final Path folder;
  private long bytesOnDisk;
  private final String key;
  private List<ParsedColumn> parsedColumns = List.of();

  CsvRoute(H2OClient h2o, BenchData data, Path workDir) {
    this.h2o = h2o;
    this.data = data;
    this.folder = workDir.resolve(data.name() + ".csv").toAbsolutePath();
    this.key = "bench_csv_" + data.name().replaceAll("[^A-Za-z0-9]", "_");
  }

  @Override
  public String name() {
    return "CSV route";
  }

  @Override
  public String definition() {
    return "`df.write().mode(\"overwrite\").csv(folder)` (Spark's defaults: no header, one file per partition), then "
        + "H2O `GET /3/ImportFiles?path=folder`, `POST /3/ParseSetup` of the imported files, and `POST /3/Parse` with "
        + "the guessed setup, polled every 10 ms until the job is done (raw files deleted when done); the parsed frame is deleted "
        + "after each round, outside the timing";
  }

  @Override
  public Map<String, Double> run() {
    Map<String, Double> parts = new LinkedHashMap<>();
    long started = System.nanoTime();
    data.data().write().mode("overwrite").csv(folder.toString());
    long written = System.nanoTime();
    ImportedFiles files = h2o.importFiles(folder.toString());
    ParseSetup setup = h2o.parseSetup(files.destinationFrames());
    Job parse = h2o.parse(setup, key);
    awaitDone(parse.key());
    long parsed = System.nanoTime();
    FrameDescription frame = h2o.describeFrame(key);
    Checks.rows(name(), frame.rows(), data.rows());
    parsedColumns = columns(setup, frame);
    parts.put(WRITE, (written - started) / 1e9);
    parts.put(PARSE, (parsed - written) / 1e9);
    return parts;
  }

  /**
   * Polls the parse job every 10 ms: the client's {@code awaitJob} backs off to 1 s between polls, which would add up to a
   * second to the route's time.
   */
  private void awaitDone(String jobKey) {
    long deadline = System.nanoTime() + PARSE_TIMEOUT_NANOS;
    Job job = h2o.job(jobKey);
    while (!job.finished()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("H2O's parse " + jobKey + " did not finish within 30 minutes");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for H2O's parse " + jobKey, e);
      }
      job = h2o.job(jobKey);
    }
    if (!job.succeeded()) {
      throw new IllegalStateException("H2O's parse " + jobKey + " ended " + job.status() + ": " + job.exception());
    }
  }

  /** Per column: H2O's guess in the parse setup, and the type of the parsed frame's column. */
  List<ParsedColumn> parsedColumns() {
    return parsedColumns;
  }

  @Override
  public void cleanUp() {
    h2o.deleteFrame(key);
    bytesOnDisk = Folders.size(folder);
  }

  /** The size of the CSV files the last round wrote. */
  long bytesOnDisk() {
    return bytesOnDisk;
  }

  @Override
  public void tearDown() {
    Folders.delete(folder);
  }

  private List<ParsedColumn> columns(ParseSetup setup, FrameDescription frame) {
    StructField[] fields = data.data().schema().fields();
    List<ParsedColumn> columns = new ArrayList<>();
    for (int column = 0; column < fields.length; column++) {
      FrameDescription.Column parsed = frame.columns().get(column);
      columns.add(new ParsedColumn(fields[column].name(), fields[column].dataType().simpleString(),
          setup.columnTypes().get(column), parsed.type(), parsed.cardinality()));
    }
    return columns;
  }
}
