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
    return H2OTable.schemaOf(describe(options));
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
