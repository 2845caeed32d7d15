package org.sparkling.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.convert.ChunkTransport;

/** Plans a scan of only the columns the query asks for. */
final class H2OScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns {
  private final FrameDescription frame;
  private final H2OClient client;
  private final ChunkTransport transport;
  private StructType required;

  H2OScanBuilder(FrameDescription frame, H2OClient client, ChunkTransport transport) {
    this.frame = frame;
    this.client = client;
    this.transport = transport;
    this.required = H2OTable.schemaOf(frame);
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    this.required = requiredSchema;
  }

  @Override
  public Scan build() {
    List<String> names = frame.names();
    int[] columns = new int[required.fields().length];
    H2OColumn[] kinds = new H2OColumn[columns.length];
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      StructField field = required.fields()[i];
      columns[i] = names.indexOf(field.name());
      kinds[i] = H2OColumn.of(frame.columns().get(columns[i]));
      fields.add(field);
    }
    ScanColumns scanned = new ScanColumns(columns, kinds, ScanLevels.of(frame, columns, kinds, client));
    return new H2OScan(frame, new StructType(fields.toArray(StructField[]::new)), scanned, transport);
  }
}
