package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Models found by a search (an AutoML leaderboard, a grid), best first, one row each with its {@code model_id}; kept on the
 * driver so it outlives the models removed from the cluster.
 */
record ModelTable(StructType schema, List<Row> rows) {
  static final String MODEL_ID = "model_id";

  ModelTable {
    rows = List.copyOf(rows);
  }

  /** H2O's leaderboard table: text columns stay strings, the others (metrics, times) become doubles. */
  static ModelTable leaderboard(JsonNode json) {
    TwoDimTable table = TwoDimTable.of(json);
    List<String> names = new ArrayList<>();
    List<Boolean> texts = new ArrayList<>();
    StructType schema = new StructType();
    for (JsonNode column : json.path("columns")) {
      String name = column.path("name").asText();
      if (!name.isEmpty()) { // the unnamed first column is the row number
        boolean text = column.path("type").asText().equals("string");
        names.add(name);
        texts.add(text);
        schema = schema.add(name, text ? DataTypes.StringType : DataTypes.DoubleType);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int row = 0; row < table.rows(); row++) {
      Object[] values = new Object[names.size()];
      for (int column = 0; column < values.length; column++) {
        String name = names.get(column);
        values[column] = texts.get(column) ? table.text(row, name) : nullIfNaN(table.number(row, name));
      }
      rows.add(RowFactory.create(values));
    }
    return new ModelTable(schema, rows);
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  List<String> modelIds() {
    int column = schema.fieldIndex(MODEL_ID);
    return rows.stream().map(row -> row.getString(column)).toList();
  }

  Dataset<Row> toDataFrame(SparkSession spark) {
    return spark.createDataFrame(rows, schema);
  }
}
