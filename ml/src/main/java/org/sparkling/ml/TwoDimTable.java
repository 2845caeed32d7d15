package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** H2O's table JSON ({@code TwoDimTableV3}): named columns, and the data stored column by column. */
record TwoDimTable(List<String> columns, JsonNode data, int rows) {

  static TwoDimTable of(JsonNode table) {
    if (!table.isObject()) {
      return new TwoDimTable(List.of(), table, 0);
    }
    List<String> columns = new ArrayList<>();
    table.path("columns").forEach(column -> columns.add(column.path("name").asText()));
    return new TwoDimTable(Collections.unmodifiableList(columns), table.path("data"), table.path("rowcount").asInt());
  }

  String text(int row, String column) {
    JsonNode cell = cell(row, column);
    return cell.isNull() || cell.isMissingNode() ? null : cell.asText();
  }

  double number(int row, String column) {
    JsonNode cell = cell(row, column);
    return cell.isNumber() ? cell.doubleValue() : Double.NaN;
  }

  double[] numbers(String column) {
    double[] values = new double[rows];
    for (int row = 0; row < rows; row++) {
      values[row] = number(row, column);
    }
    return values;
  }

  Map<String, Object> row(int row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String column : columns) {
      JsonNode cell = cell(row, column);
      if (cell.isNumber()) {
        values.put(column, cell.numberValue());
      } else if (!cell.isNull() && !cell.isMissingNode() && !column.isEmpty()) {
        values.put(column, cell.asText());
      }
    }
    return Collections.unmodifiableMap(values);
  }

  private JsonNode cell(int row, String column) {
    return data.path(columns.indexOf(column)).path(row);
  }
}
