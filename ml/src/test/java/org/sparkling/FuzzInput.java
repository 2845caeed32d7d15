package org.sparkling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One input of {@link ConversionFuzzIT}: the random DataFrame of {@link RoundTripPropertyData} for the seed (every type
 * of docs/conversion.md, nesting, nulls, edge values, odd names, 0 rows, empty partitions), then, drawn from the same
 * seed, mutations the property test leaves out: unsupported columns (binary, intervals) and names used twice, which are
 * documented errors; names that differ only in case; very long strings; columns of nothing but nulls; only one column;
 * more partitions than rows.
 *
 * @param expectedError words the conversion's error must contain, or {@code null} when the conversion must work
 * @param expectedReadError words the error of reading the frame back must contain, or {@code null} when it must work
 * @param expectedFitError words a model fit's error must contain, or {@code null} when a fit must work
 * @param mutations what was done to the property test's data, for the report
 */
record FuzzInput(
    RoundTripPropertyData data, String expectedError, String expectedReadError, String expectedFitError,
    List<String> mutations) {
  static final String CASE_ONLY = "differ only in case";
  static final String MOJO_NAME = "H2O's MOJO reader skips column names";
  /** The words of the error about infinite feature values (H2O's GLM refuses them up front, its GBM explains its failure). */
  static final String INFINITE = "infinite values";
  /** The words of the error about one whole number beyond 32 bits besides nulls (H2O's GBM). */
  static final String BEYOND_INT = "beyond the 32-bit integer range";

  private static final long MUTATION_STREAM = 0x5EED_F022L;

  /** The input of {@code seed}; the same seed always gives the same input. */
  static FuzzInput generate(long seed) {
    RoundTripPropertyData base = RoundTripPropertyData.generate(seed);
    return new Mutator(new Random(seed ^ MUTATION_STREAM), base).apply();
  }

  long seed() {
    return data.seed();
  }

  private static boolean lostByMojoReader(String name) {
    return name.startsWith("#") || !name.strip().equals(name);
  }

  /** Whether a number of the data, at any depth (vectors, arrays, maps, structs), is infinite. */
  boolean hasInfinity() {
    return RoundTripPropertyExpectation.of(data.schema(), data.rows()).columns().stream()
        .flatMap(column -> column.values().stream())
        .anyMatch(value -> value instanceof Double number && number.isInfinite());
  }

  /**
   * Whether an H2O column holds one distinct whole number beyond the 32-bit range besides nulls, which H2O's GBM and DRF
   * bin as an int and fail on ({@link #BEYOND_INT}).
   */
  boolean hasOneValueBeyondIntBesidesNulls() {
    return RoundTripPropertyExpectation.of(data.schema(), data.rows()).columns().stream().anyMatch(column -> {
      List<Double> numbers = column.values().stream().filter(value -> value != null).map(FuzzInput::number).toList();
      boolean someMissing = !numbers.isEmpty() && numbers.size() < column.values().size();
      if (!someMissing || numbers.contains(null) || numbers.stream().distinct().count() != 1) {
        return false;
      }
      double value = numbers.get(0);
      // H2O calls a column whole-numbered only if its values fit in a long (1.7976931348623157E308 does not).
      return (double) (long) value == value && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE);
    });
  }

  /** A number or time as H2O holds it (milliseconds for a time), or {@code null} for anything else. */
  private static Double number(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return value instanceof java.time.Instant instant ? (double) instant.toEpochMilli() : null;
  }

  private static final class Mutator {
    private final Random random;
    private final List<String> mutations = new ArrayList<>();
    private List<StructField> fields;
    private List<Object[]> cells;
    private int partitions;
    private String expectedError;
    private String expectedFitError;
    private final long seed;

    Mutator(Random random, RoundTripPropertyData base) {
      this.random = random;
      this.seed = base.seed();
      this.fields = new ArrayList<>(Arrays.asList(base.schema().fields()));
      this.cells = base.rows().stream().map(row -> {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(i);
        }
        return values;
      }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
      this.partitions = base.partitions();
    }

    FuzzInput apply() {
      if (chance(3)) {
        keepOnlyTheId();
      }
      if (chance(5)) {
        nullEverywhere();
      }
      if (chance(4)) {
        add("long text", DataTypes.StringType, (row, r) -> r.nextInt(4) == 0 ? null : longText(r), "very long strings");
      }
      if (chance(5) && fields.size() > 1) {
        sameNameInOtherCase();
      }
      if (chance(10)) {
        partitions = cells.size() + 1 + random.nextInt(8);
        mutations.add(partitions + " partitions for " + cells.size() + " rows");
      }
      if (chance(5)) {
        add("raw bytes", DataTypes.BinaryType, (row, r) -> new byte[] {(byte) row.intValue(), 0, -1}, "a binary column");
        expectedError = "'raw bytes'";
      } else if (chance(2)) {
        add("wait", DayTimeIntervalType.apply(), (row, r) -> Duration.ofSeconds(row % 100_000), "an interval column");
        expectedError = "'wait'";
      } else if (chance(2) && fields.size() > 1 && hasFixedColumns(fields.get(1).dataType())) {
        // Containers' columns are found while writing (docs/conversion.md), so only fixed columns clash up front.
        StructField twice = fields.get(1);
        fields.add(twice);
        cells.replaceAll(values -> {
          Object[] longer = Arrays.copyOf(values, values.length + 1);
          longer[values.length] = values[1];
          return longer;
        });
        mutations.add("the column '" + twice.name() + "' twice");
        expectedError = "twice";
      }
      List<Row> rows = cells.stream().map(RowFactory::create).toList();
      StructType schema = new StructType(fields.toArray(StructField[]::new));
      // H2O's names are the flattened ones (s.a, arr.0): Spark can read two of them apart only if they differ in more than case.
      String readError =
          expectedError != null || RoundTripPropertyExpectation.of(schema, rows).clash() == null ? null : CASE_ONLY;
      // The column named '#' of seed 950; nested parts count by their H2O names (a struct field or map key 'a ').
      if (expectedFitError == null && (Arrays.stream(schema.fieldNames()).anyMatch(FuzzInput::lostByMojoReader)
          || expectedError == null && RoundTripPropertyExpectation.of(schema, rows).columns().stream()
              .anyMatch(column -> lostByMojoReader(column.name())))) {
        expectedFitError = MOJO_NAME;
      }
      return new FuzzInput(new RoundTripPropertyData(seed, schema, rows, partitions), expectedError, readError,
          expectedFitError, List.copyOf(mutations));
    }

    private static boolean hasFixedColumns(DataType type) {
      if (type instanceof StructType struct) {
        return Arrays.stream(struct.fields()).allMatch(field -> hasFixedColumns(field.dataType()));
      }
      return !(type instanceof org.apache.spark.sql.types.ArrayType || type instanceof org.apache.spark.sql.types.MapType
          || type.equals(org.apache.spark.ml.linalg.SQLDataTypes.VectorType()));
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    private void keepOnlyTheId() {
      fields = new ArrayList<>(fields.subList(0, 1));
      cells.replaceAll(values -> new Object[] {values[0]});
      mutations.add("only the id column");
    }

    private void nullEverywhere() {
      for (Object[] values : cells) {
        for (int column = 1; column < values.length; column++) {
          if (fields.get(column).nullable()) {
            values[column] = null;
          }
        }
      }
      mutations.add("every nullable column all null");
    }

    /** A column named like another but for case: H2O keeps both, Spark reads names ignoring case. */
    private void sameNameInOtherCase() {
      String name = fields.get(1 + random.nextInt(fields.size() - 1)).name();
      String other = name.toUpperCase(Locale.ROOT).equals(name) ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
      if (other.equals(name)) {
        return;
      }
      add(other, DataTypes.IntegerType, (row, r) -> (int) (row % 1000), "'" + other + "' beside '" + name + "'");
      // Spark compares names with equalsIgnoreCase: 'größe' and 'GRÖSSE' are two names to it, 'a' and 'A' one.
      expectedFitError = other.equalsIgnoreCase(name) ? CASE_ONLY : null;
    }

    private void add(String name, DataType type, BiFunction<Long, Random, Object> value, String mutation) {
      fields.add(new StructField(name, type, true, Metadata.empty()));
      cells.replaceAll(values -> {
        Object[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value.apply((Long) values[0], random);
        return longer;
      });
      mutations.add(mutation);
    }

    private static String longText(Random random) {
      StringBuilder text = new StringBuilder();
      int length = 10_000 + random.nextInt(90_000);
      while (text.length() < length) {
        text.append("Zürich 東京 😀 ").append(random.nextInt(1000)).append(' ');
      }
      return text.toString();
    }
  }
}
