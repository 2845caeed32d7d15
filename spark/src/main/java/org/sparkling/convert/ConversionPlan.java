package org.sparkling.convert;

import java.io.Serializable;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.sparkling.extension.ColumnType;

/**
 * How a DataFrame of a given schema becomes an H2O frame: its fixed columns (checked before any data moves) and the
 * session time zone. Sent to every task that writes a chunk.
 */
public final class ConversionPlan implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final StructType schema;
  private final List<SparkTypes.FixedColumn> fixed;
  private final String zone;
  private final ChunkTransport transport;

  private ConversionPlan(
      String frameId, StructType schema, List<SparkTypes.FixedColumn> fixed, ZoneId zone, ChunkTransport transport) {
    this.frameId = frameId;
    this.schema = schema;
    this.fixed = fixed;
    this.zone = zone.getId();
    this.transport = transport;
  }

  /** Checks the schema, failing with a message that names the first column that cannot be converted. */
  public static ConversionPlan of(String frameId, StructType schema, ZoneId zone, ChunkTransport transport) {
    if (schema.fields().length == 0) {
      throw new IllegalArgumentException("Cannot convert a DataFrame without columns to an H2O frame");
    }
    return new ConversionPlan(frameId, schema, List.copyOf(SparkTypes.fixedColumns(schema)), zone, transport);
  }

  /** This plan with chunk i sent to {@code homes.get(i)}, the node that will hold it, when chunks travel over REST. */
  ConversionPlan routedTo(List<URI> homes) {
    return new ConversionPlan(frameId, schema, fixed, ZoneId.of(zone), transport.routedTo(homes));
  }

  ChunkTransport transport() {
    return transport;
  }

  public String frameId() {
    return frameId;
  }

  /** The names of the columns known before any data is read, for creating the frame. */
  public List<String> fixedNames() {
    return fixed.stream().map(SparkTypes.FixedColumn::name).toList();
  }

  StructType schema() {
    return schema;
  }

  List<SparkTypes.FixedColumn> fixed() {
    return fixed;
  }

  ColumnType[] fixedTypes() {
    return fixed.stream().map(column -> column.kind().h2oType()).toArray(ColumnType[]::new);
  }

  ZoneId zone() {
    return ZoneId.of(zone).normalized(); // a fixed zone such as UTC becomes a ZoneOffset: cheap arithmetic
  }
}
