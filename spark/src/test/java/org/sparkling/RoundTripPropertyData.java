package org.sparkling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The random DataFrame of one seed of {@link RoundTripPropertyTest}: a unique {@code __id} long first, then 1 to 6 columns
 * of random types (every scalar, structs, arrays, maps with string keys and ML vectors, containers nested up to two
 * deep), odd names, random nullability, 0 to 40 rows of edge values, and 1 to 6 partitions.
 */
record RoundTripPropertyData(long seed, StructType schema, List<Row> rows, int partitions) {
  static final String ID = "__id";
  private static final int MAX_CONTAINER_DEPTH = 2;
  private static final List<DataType> SCALARS =
      List.of(DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType, DataTypes.LongType, DataTypes.FloatType,
          DataTypes.DoubleType, DataTypes.createDecimalType(10, 2), DataTypes.createDecimalType(38, 10),
          DataTypes.createDecimalType(5, 0), DataTypes.createDecimalType(18, 6), DataTypes.BooleanType,
          DataTypes.StringType, DataTypes.DateType, DataTypes.TimestampType, DataTypes.TimestampNTZType);
  private static final List<String> NAMES =
      List.of("a", "b", "x", "value", "dep time", "größe", "東京 🚀", " leading and trailing ", "a.b", "with,comma",
          "(paren)", "UPPER", "col_1", "🙂", "semi;colon", "quote'd", "say \"hi\"", "back\\slash", "x.0", "0", "tab\tname",
          "m.x", "ünï.cödé", "#", "s");
  private static final List<String> KEYS =
      List.of("x", "y", "a b", "ключ", "10", "9", "", "Z", "é", "k.1", "東京", "😀", "NA", "False", "0");

  /** The data of {@code seed}; the same seed always gives the same data. */
  static RoundTripPropertyData generate(long seed) {
    Random random = new Random(seed);
    for (int attempt = 0; ; attempt++) {
      RoundTripPropertyData data = new Generator(random).data(seed);
      // A top-level name equal to a nested one (s.a) is a documented error, not a round trip: draw again.
      if (RoundTripPropertyExpectation.of(data.schema(), data.rows()).clash() == null || attempt == 100) {
        return data;
      }
    }
  }

  /**
   * The rows in exactly {@code partitions} partitions, in order, some of them empty when there are fewer rows; Spark's
   * own conversion of the external rows (java.util lists and maps) happens on the driver, without a shuffle.
   */
  Dataset<Row> dataFrame(SparkSession spark) {
    List<Row> converted = spark.createDataFrame(rows, schema).collectAsList();
    JavaRDD<Row> slices = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(converted, partitions);
    return spark.createDataFrame(slices, schema);
  }

  /** The schema and the rows, for a failure message. */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(partitions).append(" partition(s), ").append(rows.size()).append(" row(s)\n").append(schema.treeString());
    rows.forEach(row -> text.append("  ").append(row).append('\n'));
    return text.toString();
  }

  private static final class Generator {
    private final Random random;
    private final RoundTripPropertyValues values;

    Generator(Random random) {
      this.random = random;
      this.values = new RoundTripPropertyValues(random);
    }

    RoundTripPropertyData data(long seed) {
      List<StructField> fields = new ArrayList<>();
      fields.add(new StructField(ID, DataTypes.LongType, false, Metadata.empty()));
      Set<String> names = new HashSet<>(Set.of(ID));
      int columns = 1 + random.nextInt(6);
      for (int column = 0; column < columns; column++) {
        fields.add(new StructField(name(names), type(0), random.nextInt(3) > 0, Metadata.empty()));
      }
      StructType schema = new StructType(fields.toArray(StructField[]::new));
      boolean[] wide = new boolean[fields.size()];
      for (int column = 0; column < wide.length; column++) {
        wide[column] = random.nextInt(3) > 0;
      }
      long firstId = random.nextBoolean() ? 0 : random.nextLong() / 2;
      List<Row> rows = new ArrayList<>();
      int count = rowCount();
      for (int row = 0; row < count; row++) {
        Object[] cells = new Object[fields.size()];
        cells[0] = firstId + row;
        for (int column = 1; column < cells.length; column++) {
          cells[column] = value(fields.get(column).dataType(), fields.get(column).nullable(), wide[column]);
        }
        rows.add(RowFactory.create(cells));
      }
      return new RoundTripPropertyData(seed, schema, List.copyOf(rows), 1 + random.nextInt(6));
    }

    private int rowCount() {
      int pick = random.nextInt(20);
      if (pick == 0) return 0;
      if (pick <= 2) return 1;
      if (pick <= 7) return 2 + random.nextInt(4);
      return 6 + random.nextInt(35);
    }

    /** A name not yet in {@code taken}, ignoring case (Spark resolves columns case-insensitively). */
    private String name(Set<String> taken) {
      while (true) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        if (random.nextInt(4) == 0) {
          name = name + " " + random.nextInt(10);
        }
        if (taken.add(name.toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
    }

    /** Mostly scalars, sometimes a vector, and structs, arrays or maps while the nesting depth allows them. */
    private DataType type(int depth) {
      int pick = random.nextInt(20);
      if (depth == MAX_CONTAINER_DEPTH) {
        return pick < 17 ? SCALARS.get(random.nextInt(SCALARS.size())) : SQLDataTypes.VectorType();
      }
      int scalars = depth == 0 ? 10 : 12;
      if (pick < scalars) {
        return SCALARS.get(random.nextInt(SCALARS.size()));
      }
      if (pick < scalars + 2) {
        return SQLDataTypes.VectorType();
      }
      return switch (random.nextInt(3)) {
        case 0 -> struct(depth);
        case 1 -> DataTypes.createArrayType(type(depth + 1), random.nextBoolean());
        default -> DataTypes.createMapType(DataTypes.StringType, type(depth + 1), random.nextBoolean());
      };
    }

    private StructType struct(int depth) {
      Set<String> names = new HashSet<>();
      int count = 1 + random.nextInt(3);
      StructField[] fields = new StructField[count];
      for (int field = 0; field < count; field++) {
        fields[field] = new StructField(name(names), type(depth + 1), random.nextInt(3) > 0, Metadata.empty());
      }
      return new StructType(fields);
    }

    private Object value(DataType type, boolean nullable, boolean wide) {
      if (nullable && random.nextInt(5) == 0) {
        return null;
      }
      if (type instanceof StructType struct) {
        Object[] fields = new Object[struct.fields().length];
        for (int field = 0; field < fields.length; field++) {
          fields[field] = value(struct.fields()[field].dataType(), struct.fields()[field].nullable(), wide);
        }
        return RowFactory.create(fields);
      }
      if (type instanceof ArrayType array) {
        List<Object> elements = new ArrayList<>();
        int length = random.nextInt(5);
        for (int element = 0; element < length; element++) {
          elements.add(value(array.elementType(), array.containsNull(), wide));
        }
        return elements;
      }
      if (type instanceof MapType map) {
        Map<String, Object> entries = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int entry = 0; entry < size; entry++) {
          entries.put(KEYS.get(random.nextInt(KEYS.size())), value(map.valueType(), map.valueContainsNull(), wide));
        }
        return entries;
      }
      if (type.equals(SQLDataTypes.VectorType())) {
        return values.vector(wide);
      }
      return values.scalar(type, wide);
    }
  }
}
