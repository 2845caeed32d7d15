package org.sparkling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The test oracle: the flat table that DESIGN.md's "Data conversion rules" say a DataFrame becomes after a round trip
 * through H2O, computed from the generated rows without the converter's code.
 *
 * <ul>
 *   <li>a scalar at the top level or inside structs is a column that always exists; everything inside an array, map or
 *       vector is a column only if some row has a (non-null) value there;
 *   <li>names are paths joined with dots; columns are in schema order, array and vector elements by index, map keys
 *       alphabetically (by {@link String#compareTo});
 *   <li>numbers: integral values as longs, others as doubles; NaN and {@code Long.MIN_VALUE} are missing; a numeric
 *       column of whole numbers (infinities are not) comes back as the narrowest integral type holding its min..max,
 *       else as double, and as double when it has no value at all;
 *   <li>strings and booleans are categoricals (a string column whose levels are exactly False, True reads back as
 *       boolean); dates, timestamps and timestamps without zone are instants, at millisecond precision, in UTC;
 *   <li>vectors: one column per element up to the longest vector; inactive elements of a sparse vector are 0.0; past
 *       the end of a shorter vector, and where a vector is not there (null, its array too short, its map key absent),
 *       values are missing, as for arrays.
 * </ul>
 */
final class RoundTripPropertyExpectation {
  /** One expected column; {@code approximate} for decimals, which may differ from the exact double by one ulp. */
  record Column(String name, String h2oType, DataType sparkType, List<Object> values, boolean approximate) {}

  private enum Kind { INTEGRAL, REAL, DECIMAL, BOOLEAN, STRING, TIME }

  private final int rows;
  private final Map<List<Object>, Slot> slots = new HashMap<>();
  private final Map<List<Object>, boolean[]> vectorsPresent = new HashMap<>();

  private RoundTripPropertyExpectation(int rows) {
    this.rows = rows;
  }

  /** The expectation for {@code rows} of {@code schema}. */
  static RoundTripPropertyExpectation of(StructType schema, List<Row> rows) {
    RoundTripPropertyExpectation expectation = new RoundTripPropertyExpectation(rows.size());
    StructField[] fields = schema.fields();
    for (int field = 0; field < fields.length; field++) {
      expectation.declareFixed(fields[field].name(), List.of(field), fields[field].dataType());
    }
    for (int row = 0; row < rows.size(); row++) {
      for (int field = 0; field < fields.length; field++) {
        expectation.visit(
            row, fields[field].name(), List.of(field), fields[field].dataType(), rows.get(row).get(field));
      }
    }
    return expectation;
  }

  /** A column name that two columns would share (ignoring case, as Spark resolves names), or {@code null}. */
  String clash() {
    Set<String> names = new HashSet<>();
    for (Slot slot : existing()) {
      if (!names.add(slot.name.toLowerCase(Locale.ROOT))) {
        return slot.name;
      }
    }
    return null;
  }

  /** The expected columns, in order. */
  List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (Slot slot : existing()) {
      columns.add(slot.column());
    }
    return columns;
  }

  private List<Slot> existing() {
    List<Slot> existing = new ArrayList<>();
    for (Slot slot : slots.values()) {
      if (slot.fixed || slot.found) {
        existing.add(slot);
      }
    }
    existing.sort((left, right) -> comparePaths(left.path, right.path));
    return existing;
  }

  private void declareFixed(String name, List<Object> path, DataType type) {
    if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      for (int field = 0; field < fields.length; field++) {
        declareFixed(name + "." + fields[field].name(), append(path, field), fields[field].dataType());
      }
    } else if (kind(type) != null) {
      slot(name, path, kind(type)).fixed = true;
    }
  }

  private void visit(int row, String name, List<Object> path, DataType type, Object value) {
    if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      for (int field = 0; field < fields.length; field++) {
        Object child = value == null ? null : ((Row) value).get(field);
        visit(row, name + "." + fields[field].name(), append(path, field), fields[field].dataType(), child);
      }
    } else if (value == null) {
      return;
    } else if (type instanceof ArrayType array) {
      List<?> elements = (List<?>) value;
      for (int index = 0; index < elements.size(); index++) {
        visit(row, name + "." + index, append(path, index), array.elementType(), elements.get(index));
      }
    } else if (type instanceof MapType map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String key = (String) entry.getKey();
        visit(row, name + "." + key, append(path, key), map.valueType(), entry.getValue());
      }
    } else if (type.equals(SQLDataTypes.VectorType())) {
      Vector vector = (Vector) value;
      vectorsPresent.computeIfAbsent(path, p -> new boolean[rows])[row] = true;
      for (int element = 0; element < vector.size(); element++) {
        Slot slot = slot(name + "." + element, append(path, element), Kind.REAL);
        slot.vector = path;
        slot.found = true;
        slot.set(row, real(vector.apply(element)));
      }
    } else {
      Slot slot = slot(name, path, kind(type));
      slot.found = true;
      slot.set(row, scalar(type, value));
    }
  }

  private Slot slot(String name, List<Object> path, Kind kind) {
    return slots.computeIfAbsent(path, p -> new Slot(name, p, kind, rows));
  }

  private static Kind kind(DataType type) {
    if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType || type instanceof LongType) {
      return Kind.INTEGRAL;
    }
    if (type instanceof FloatType || type instanceof DoubleType) return Kind.REAL;
    if (type instanceof DecimalType) return Kind.DECIMAL;
    if (type instanceof BooleanType) return Kind.BOOLEAN;
    if (type instanceof StringType) return Kind.STRING;
    if (type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType) return Kind.TIME;
    return null;
  }

  /** The value H2O gives back for a non-null Spark value, or {@code null} where H2O has a missing value. */
  private static Object scalar(DataType type, Object value) {
    if (value instanceof Long number) return number == Long.MIN_VALUE ? null : number;
    if (value instanceof Byte || value instanceof Short || value instanceof Integer) return ((Number) value).longValue();
    if (value instanceof Float number) return real(number.doubleValue());
    if (value instanceof Double number) return real(number);
    if (value instanceof BigDecimal number) return number.doubleValue();
    if (value instanceof LocalDate date) return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (value instanceof Instant instant) return instant.truncatedTo(ChronoUnit.MILLIS);
    if (value instanceof LocalDateTime wallClock) return wallClock.truncatedTo(ChronoUnit.MILLIS).toInstant(ZoneOffset.UTC);
    if (value instanceof Boolean || value instanceof String) return value;
    throw new IllegalArgumentException("Unexpected " + type + " value " + value);
  }

  private static Double real(double value) {
    return Double.isNaN(value) ? null : value == 0.0 ? 0.0 : value;
  }

  private static List<Object> append(List<Object> path, Object component) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(component);
    return longer;
  }

  /** Schema order: component by component, indices numerically, keys alphabetically, a parent before its children. */
  private static int comparePaths(List<Object> left, List<Object> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      Object a = left.get(i);
      Object b = right.get(i);
      int compared = a instanceof Integer x && b instanceof Integer y ? Integer.compare(x, y)
          : a instanceof String x && b instanceof String y ? x.compareTo(y)
          : a instanceof Integer ? -1 : 1;
      if (compared != 0) {
        return compared;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  /** One column being filled: its cells by row, and whether any row gave it a value. */
  private static final class Slot {
    final String name;
    final List<Object> path;
    final Kind kind;
    final Object[] cells;
    final boolean[] written;
    boolean fixed;
    boolean found;
    List<Object> vector;

    Slot(String name, List<Object> path, Kind kind, int rows) {
      this.name = name;
      this.path = path;
      this.kind = kind;
      this.cells = new Object[rows];
      this.written = new boolean[rows];
    }

    void set(int row, Object value) {
      cells[row] = value;
      written[row] = true;
    }

    Column column() {
      List<Object> values = Arrays.asList(cells.clone());
      return switch (kind) {
        case INTEGRAL, REAL, DECIMAL -> new Column(name, "numeric", numericType(values), values, kind == Kind.DECIMAL);
        case BOOLEAN -> new Column(name, "categorical", DataTypes.BooleanType, values, false);
        case STRING -> strings(values);
        case TIME -> new Column(name, "time", DataTypes.TimestampType, values, false);
      };
    }

    private Column strings(List<Object> values) {
      Set<Object> levels = new TreeSet<>();
      values.stream().filter(value -> value != null).forEach(levels::add);
      if (!levels.equals(Set.of("False", "True"))) {
        return new Column(name, "categorical", DataTypes.StringType, values, false);
      }
      List<Object> booleans = values.stream().map(value -> value == null ? null : (Object) "True".equals(value)).toList();
      return new Column(name, "categorical", DataTypes.BooleanType, new ArrayList<>(booleans), false);
    }

    /** The narrowest integral type holding min..max when every value is a whole number, else double. */
    private static DataType numericType(List<Object> values) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      boolean any = false;
      for (Object value : values) {
        if (value == null) {
          continue;
        }
        double number = ((Number) value).doubleValue();
        if (!(value instanceof Long) && (Double.isInfinite(number) || (double) (long) number != number)) {
          return DataTypes.DoubleType;
        }
        any = true;
        min = Math.min(min, number);
        max = Math.max(max, number);
      }
      if (!any) return DataTypes.DoubleType;
      if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) return DataTypes.ByteType;
      if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) return DataTypes.ShortType;
      if (min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE) return DataTypes.IntegerType;
      return DataTypes.LongType;
    }
  }
}
