package org.sparkling.source;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.sparkling.client.FrameDescription;

/**
 * The {@code h2o} data source: {@code spark.read().format("h2o").load("frameId")} reads an H2O frame lazily, one Spark
 * partition per H2O chunk, only the columns the query uses; {@code df.write().format("h2o").mode("overwrite")
 * .save("frameId")} creates or replaces a frame, like {@code hc.asH2OFrame(df, "frameId")}.
 */
public final class H2OSource implements TableProvider, DataSourceRegister {
  static final String FRAME_OPTION = "path";

  @Override
  public String shortName() {
    return "h2o";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    FrameDescription frame = describe(options);
    requireNamesApartIgnoringCase(frame);
    return H2OTable.schemaOf(frame);
  }

  /**
   * H2O keeps columns whose names differ only in case; Spark, unless {@code spark.sql.caseSensitive} is on, resolves
   * names ignoring case and would read one such column with the other's type: say so instead of failing in a task.
   */
  private static void requireNamesApartIgnoringCase(FrameDescription frame) {
    if (org.apache.spark.sql.internal.SQLConf.get().caseSensitiveAnalysis()) {
      return;
    }
    Map<String, String> seen = new java.util.HashMap<>();
    for (String name : frame.names()) {
      String earlier = seen.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
      if (earlier != null && earlier.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "The H2O frame '" + frame.frameId() + "' has the columns '" + earlier + "' and '" + name + "', whose names "
                + "differ only in case, and Spark resolves column names ignoring case: read it with "
                + "spark.sql.caseSensitive=true (spark.conf().set(\"spark.sql.caseSensitive\", \"true\")), or rename "
                + "one of them before converting it to H2O (withColumnRenamed).");
      }
    }
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new H2OTable(frameId(new CaseInsensitiveStringMap(properties)), schema);
  }

  /** True so that writes pass the DataFrame's schema instead of asking for the schema of a frame not written yet. */
  @Override
  public boolean supportsExternalMetadata() {
    return true;
  }

  private static FrameDescription describe(CaseInsensitiveStringMap options) {
    return H2OTable.client().describeFrame(frameId(options));
  }

  private static String frameId(CaseInsensitiveStringMap options) {
    String frameId = options.get(FRAME_OPTION);
    if (frameId == null || frameId.isBlank()) {
      throw new IllegalArgumentException(
          "Name the H2O frame: spark.read().format(\"h2o\").load(\"frameId\") or df.write().format(\"h2o\")"
              + ".mode(\"overwrite\").save(\"frameId\")");
    }
    return frameId;
  }
}
