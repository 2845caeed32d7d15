package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.sparkling.Columns.map;
import static org.sparkling.Columns.typeOf;
import static org.sparkling.Columns.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.sparkling.client.FrameDescription;

/** Spark -> H2O -> Spark, value by value, against the rules of DESIGN.md, "Data conversion rules". */
class ConversionRoundTripTest {
  private static final ZoneId SESSION_ZONE = ZoneOffset.UTC;
  static SparkSession spark;
  static H2OContext hc;

  @BeforeAll
  static void startSpark(TestInfo test) {
    spark = LocalSpark.start(test);
    // java.time values (LocalDate, Instant, LocalDateTime) in and out: proleptic Gregorian like Spark itself, no java.sql rebasing.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void everySupportedTypeComesBackValueByValue() {
    AllTypesFrame data = new AllTypesFrame();
    H2OFrame frame = hc.asH2OFrame(data.dataFrame(spark), "round_trip_all_types");

    assertThat(frame.key()).isEqualTo("round_trip_all_types");
    assertThat(frame.numberOfRows()).isEqualTo(AllTypesFrame.ROWS);
    assertThat(frame.columnNames()).containsExactlyElementsOf(data.names());
    assertThat(frame.columnTypes())
        .containsExactly(
            "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric",
            "numeric", "categorical", "categorical", "time", "time", "time");
    for (String column : data.names().subList(1, data.names().size())) {
      assertThat(frame.description().columns().get(data.names().indexOf(column)).naCount())
          .as("missing values of %s", column)
          .isGreaterThanOrEqualTo(1);
    }

    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(back.schema().fieldNames()).containsExactlyElementsOf(data.names());
    assertThat(typeOf(back, "id")).isEqualTo(DataTypes.ByteType);
    assertThat(typeOf(back, "byte")).isEqualTo(DataTypes.ByteType);
    assertThat(typeOf(back, "short")).isEqualTo(DataTypes.ShortType);
    assertThat(typeOf(back, "int")).isEqualTo(DataTypes.IntegerType);
    assertThat(typeOf(back, "int in short range")).as("an int column whose values fit a short").isEqualTo(DataTypes.ShortType);
    assertThat(typeOf(back, "long")).isEqualTo(DataTypes.LongType);
    assertThat(typeOf(back, "long in int range")).as("a long column whose values fit an int").isEqualTo(DataTypes.IntegerType);
    assertThat(typeOf(back, "float")).isEqualTo(DataTypes.DoubleType);
    assertThat(typeOf(back, "double")).isEqualTo(DataTypes.DoubleType);
    assertThat(typeOf(back, "decimal(10,2)")).isEqualTo(DataTypes.DoubleType);
    assertThat(typeOf(back, "decimal(38,10)")).isEqualTo(DataTypes.DoubleType);
    assertThat(typeOf(back, "boolean")).isEqualTo(DataTypes.BooleanType);
    assertThat(typeOf(back, "string")).isEqualTo(DataTypes.StringType);
    assertThat(typeOf(back, "date")).isEqualTo(DataTypes.TimestampType);
    assertThat(typeOf(back, "timestamp")).isEqualTo(DataTypes.TimestampType);
    assertThat(typeOf(back, "timestamp_ntz")).isEqualTo(DataTypes.TimestampType);

    List<Row> rows = back.collectAsList();
    assertThat(values(rows, "id")).as("row order").containsExactlyElementsOf(bytes(LongStream.range(0, AllTypesFrame.ROWS)));
    assertThat(values(rows, "byte")).containsExactlyElementsOf(data.values("byte"));
    assertThat(values(rows, "short")).containsExactlyElementsOf(data.values("short"));
    assertThat(values(rows, "int")).containsExactlyElementsOf(data.values("int"));
    assertThat(values(rows, "int in short range"))
        .containsExactlyElementsOf(map(data.values("int in short range"), value -> ((Integer) value).shortValue()));
    assertThat(values(rows, "long")).containsExactlyElementsOf(data.values("long"));
    assertThat(values(rows, "long in int range"))
        .containsExactlyElementsOf(map(data.values("long in int range"), value -> ((Long) value).intValue()));
    // float -> double by widening; H2O has no NaN distinct from a missing value, so NaN comes back as null.
    assertThat(values(rows, "float"))
        .containsExactlyElementsOf(map(data.values("float"), value -> ((Float) value).isNaN() ? null : ((Float) value).doubleValue()));
    assertThat(values(rows, "double"))
        .containsExactlyElementsOf(map(data.values("double"), value -> ((Double) value).isNaN() ? null : value));
    assertThat(values(rows, "decimal(10,2)"))
        .containsExactlyElementsOf(map(data.values("decimal(10,2)"), value -> ((BigDecimal) value).doubleValue()));
    assertThat(values(rows, "decimal(38,10)"))
        .containsExactlyElementsOf(map(data.values("decimal(38,10)"), value -> ((BigDecimal) value).doubleValue()));
    assertThat(values(rows, "boolean")).containsExactlyElementsOf(data.values("boolean"));
    assertThat(values(rows, "string")).containsExactlyElementsOf(data.values("string"));
    // A date is the instant of its midnight in the session time zone.
    assertThat(values(rows, "date"))
        .containsExactlyElementsOf(
            map(data.values("date"), value -> ((LocalDate) value).atStartOfDay(SESSION_ZONE).toInstant()));
    // H2O keeps milliseconds: microseconds are truncated (towards the past, also before 1970).
    assertThat(values(rows, "timestamp"))
        .containsExactlyElementsOf(map(data.values("timestamp"), value -> ((Instant) value).truncatedTo(ChronoUnit.MILLIS)));
    // A timestamp without time zone comes back as the instant whose wall clock in the session zone is the original.
    assertThat(map(values(rows, "timestamp_ntz"), value -> LocalDateTime.ofInstant((Instant) value, SESSION_ZONE)))
        .containsExactlyElementsOf(
            map(data.values("timestamp_ntz"), value -> ((LocalDateTime) value).truncatedTo(ChronoUnit.MILLIS)));
  }

  @Test
  void negativeZeroComesBackAsADoubleZero() {
    Dataset<Row> df =
        frameOf(
            new StructType().add("double", DataTypes.DoubleType).add("float", DataTypes.FloatType),
            RowFactory.create(-0.0, -0.0f),
            RowFactory.create(0.5, 0.5f));

    List<Row> back = hc.asSparkFrame(hc.asH2OFrame(df)).collectAsList();

    // H2O stores -0.0 as the whole number 0: the sign of a zero is lost, the value is equal.
    assertThat(back.get(0).<Double>getAs("double")).isEqualTo(Double.valueOf(0.0)).isEqualTo(-0.0, offset(0.0));
    assertThat(back.get(0).<Double>getAs("float")).isEqualTo(Double.valueOf(0.0));
  }

  @Test
  void longMinValueIsH2OsMissingValueMarker() {
    // H2O stores a missing integer as Long.MIN_VALUE, so that one value cannot be told from a missing one: it comes back
    // as null. Every other long, Long.MIN_VALUE + 1 and Long.MAX_VALUE included, comes back exactly.
    Dataset<Row> df =
        frameOf(
            new StructType().add("long", DataTypes.LongType),
            RowFactory.create(Long.MIN_VALUE),
            RowFactory.create(Long.MIN_VALUE + 1),
            RowFactory.create(Long.MAX_VALUE),
            RowFactory.create((Object) null));

    H2OFrame frame = hc.asH2OFrame(df);
    List<Row> back = hc.asSparkFrame(frame).collectAsList();

    assertThat(values(back, "long")).containsExactly(null, Long.MIN_VALUE + 1, Long.MAX_VALUE, null);
    assertThat(frame.description().columns().get(0).naCount()).isEqualTo(2);
  }

  @Test
  void integralColumnsComeBackAsTheNarrowestTypeThatHoldsTheirValues() {
    Dataset<Row> df =
        spark.range(0, 100, 1, 2)
            .select(
                col("id").as("long of bytes"),
                col("id").multiply(300).cast("int").as("int of shorts"),
                col("id").multiply(100_000).as("long of ints"),
                col("id").multiply(100_000_000_000L).as("long of longs"),
                col("id").cast("short").as("short of bytes"));

    Dataset<Row> back = hc.asSparkFrame(hc.asH2OFrame(df));

    assertThat(typeOf(back, "long of bytes")).isEqualTo(DataTypes.ByteType);
    assertThat(typeOf(back, "int of shorts")).isEqualTo(DataTypes.ShortType);
    assertThat(typeOf(back, "long of ints")).isEqualTo(DataTypes.IntegerType);
    assertThat(typeOf(back, "long of longs")).isEqualTo(DataTypes.LongType);
    assertThat(typeOf(back, "short of bytes")).isEqualTo(DataTypes.ByteType);
    Row last = back.collectAsList().get(99);
    assertThat(last.<Byte>getAs("long of bytes")).isEqualTo((byte) 99);
    assertThat(last.<Short>getAs("int of shorts")).isEqualTo((short) 29_700);
    assertThat(last.<Integer>getAs("long of ints")).isEqualTo(9_900_000);
    assertThat(last.<Long>getAs("long of longs")).isEqualTo(9_900_000_000_000L);
    assertThat(last.<Byte>getAs("short of bytes")).isEqualTo((byte) 99);
  }

  @Test
  void wholeNumberDoublesComeBackAsIntegers() {
    // H2O has one numeric type; a column of whole numbers is an integer column to it, whatever Spark type it came from.
    Dataset<Row> df = spark.range(0, 10).select(col("id").cast("double").as("whole"), col("id").plus(0.5).as("half"));

    Dataset<Row> back = hc.asSparkFrame(hc.asH2OFrame(df));

    assertThat(typeOf(back, "whole")).isEqualTo(DataTypes.ByteType);
    assertThat(typeOf(back, "half")).isEqualTo(DataTypes.DoubleType);
    assertThat(back.collectAsList().get(3).<Double>getAs("half")).isEqualTo(3.5);
  }

  @Test
  void datesAndTimestampsWithoutZoneFollowTheSessionTimeZone() {
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    LocalDate winterDay = LocalDate.of(2024, 1, 15);
    LocalDateTime summerWallClock = LocalDateTime.of(2024, 7, 1, 10, 0, 0, 250_000_000);
    Instant instant = Instant.parse("2024-07-01T10:00:00.250Z");
    Dataset<Row> df =
        frameOf(
            new StructType()
                .add("date", DataTypes.DateType)
                .add("timestamp_ntz", DataTypes.TimestampNTZType)
                .add("timestamp", DataTypes.TimestampType),
            RowFactory.create(winterDay, summerWallClock, instant));

    spark.conf().set("spark.sql.session.timeZone", losAngeles.getId());
    try {
      Row back = hc.asSparkFrame(hc.asH2OFrame(df)).collectAsList().get(0);

      assertThat(back.<Instant>getAs("date")).isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
      assertThat(back.<Instant>getAs("timestamp_ntz")).isEqualTo(Instant.parse("2024-07-01T17:00:00.250Z"));
      assertThat(LocalDateTime.ofInstant(back.getAs("timestamp_ntz"), losAngeles)).isEqualTo(summerWallClock);
      assertThat(back.<Instant>getAs("timestamp")).as("an instant does not depend on the zone").isEqualTo(instant);
    } finally {
      spark.conf().set("spark.sql.session.timeZone", SESSION_ZONE.getId());
    }
  }

  @Test
  void keepsColumnNamesWithSpacesDotsAndUnicode() {
    List<String> names = List.of("dep time", "a.b", "größe", "東京 🚀", " leading and trailing ");
    Dataset<Row> df =
        frameOf(
            new StructType()
                .add(names.get(0), DataTypes.IntegerType)
                .add(names.get(1), DataTypes.DoubleType)
                .add(names.get(2), DataTypes.StringType)
                .add(names.get(3), DataTypes.BooleanType)
                .add(names.get(4), DataTypes.LongType),
            RowFactory.create(1, 1.5, "S", true, 10L),
            RowFactory.create(2, 2.5, "XL", false, 20L));

    H2OFrame frame = hc.asH2OFrame(df, "names with spaces, dots (and more)");
    Dataset<Row> back = hc.asSparkFrame(frame);

    assertThat(frame.key()).isEqualTo("names with spaces, dots (and more)");
    assertThat(frame.columnNames()).containsExactlyElementsOf(names);
    assertThat(back.schema().fieldNames()).containsExactlyElementsOf(names);
    assertThat(values(back.select(col("`a.b`")).collectAsList(), "a.b")).containsExactly(1.5, 2.5);
    assertThat(values(back.select(col("größe")).collectAsList(), "größe")).containsExactly("S", "XL");
    assertThat(values(back.select(col("dep time")).collectAsList(), "dep time")).containsExactly((byte) 1, (byte) 2);
    assertThat(values(back.collectAsList(), "東京 🚀")).containsExactly(true, false);
  }

  @Test
  void keepsEveryRowAcrossPartitionsSomeOfThemEmpty() {
    Dataset<Row> df =
        spark.range(0, 1000, 1, 8)
            .filter(col("id").lt(300).or(col("id").geq(900)))
            .select(col("id"), concat(lit("level "), col("id").mod(7)).as("level"), col("id").mod(2).equalTo(0).as("even"));
    List<Integer> partitionSizes = df.javaRDD().glom().map(List::size).collect();
    assertThat(partitionSizes).as("the premise: 8 partitions, some empty").hasSize(8).contains(0);

    H2OFrame frame = hc.asH2OFrame(df);
    assertThat(frame.numberOfRows()).isEqualTo(400);
    assertThat(frame.description().chunks()).hasSize(8);
    assertThat(frame.description().chunks().stream().map(chunk -> (int) chunk.rows()).toList())
        .containsExactlyElementsOf(partitionSizes);
    assertThat(frame.columnTypes()).containsExactly("numeric", "categorical", "categorical");
    assertThat(frame.description().columns().get(1).cardinality()).isEqualTo(7);

    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(back.javaRDD().getNumPartitions()).isEqualTo(8);
    List<Row> rows = back.collectAsList();
    List<Long> expectedIds = LongStream.concat(LongStream.range(0, 300), LongStream.range(900, 1000)).boxed().toList();
    assertThat(map(values(rows, "id"), value -> ((Short) value).longValue())).containsExactlyElementsOf(expectedIds);
    assertThat(values(rows, "level")).containsExactlyElementsOf(map(expectedIds, id -> "level " + ((Long) id) % 7));
    assertThat(values(rows, "even")).containsExactlyElementsOf(map(expectedIds, id -> ((Long) id) % 2 == 0));
  }

  @Test
  void keepsThreeRowsSpreadOverTenPartitions() {
    Dataset<Row> df =
        frameOf(
                new StructType().add("n", DataTypes.IntegerType).add("name", DataTypes.StringType),
                RowFactory.create(1, "one"),
                RowFactory.create(2, "two"),
                RowFactory.create(3, null))
            .repartition(10);
    assertThat(df.javaRDD().glom().map(List::size).collect()).hasSize(10).contains(0);

    H2OFrame frame = hc.asH2OFrame(df);
    List<Row> rows = hc.asSparkFrame(frame).orderBy("n").collectAsList();

    assertThat(frame.numberOfRows()).isEqualTo(3);
    assertThat(frame.description().chunks()).hasSize(10);
    assertThat(values(rows, "n")).containsExactly((byte) 1, (byte) 2, (byte) 3);
    assertThat(values(rows, "name")).containsExactly("one", "two", null);
  }

  @Test
  void convertsADataFrameWithoutRows() {
    StructType schema =
        new StructType()
            .add("n", DataTypes.IntegerType)
            .add("x", DataTypes.DoubleType)
            .add("name", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType)
            .add("at", DataTypes.TimestampType);
    Dataset<Row> df = spark.createDataFrame(List.of(), schema);

    H2OFrame frame = hc.asH2OFrame(df);
    Dataset<Row> back = hc.asSparkFrame(frame);

    assertThat(frame.numberOfRows()).isZero();
    assertThat(frame.columnNames()).containsExactly("n", "x", "name", "flag", "at");
    assertThat(back.schema().fieldNames()).containsExactly("n", "x", "name", "flag", "at");
    assertThat(typeOf(back, "flag")).isEqualTo(DataTypes.BooleanType);
    assertThat(typeOf(back, "name")).isEqualTo(DataTypes.StringType);
    assertThat(typeOf(back, "at")).isEqualTo(DataTypes.TimestampType);
    assertThat(back.count()).isZero();
    assertThat(back.collectAsList()).isEmpty();
  }

  @Test
  void convertsAFilteredRangeWithoutRows() {
    Dataset<Row> df = spark.range(0, 100, 1, 3).filter(col("id").lt(0)).toDF("n");

    H2OFrame frame = hc.asH2OFrame(df);

    assertThat(frame.numberOfRows()).isZero();
    assertThat(hc.asSparkFrame(frame).count()).isZero();
  }

  @Test
  void convertsOneRow() {
    Dataset<Row> df =
        frameOf(
            new StructType().add("n", DataTypes.LongType).add("name", DataTypes.StringType).add("x", DataTypes.DoubleType),
            RowFactory.create(7L, "only", 0.25));

    H2OFrame frame = hc.asH2OFrame(df);
    List<Row> rows = hc.asSparkFrame(frame).collectAsList();

    assertThat(frame.numberOfRows()).isEqualTo(1);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<Byte>getAs("n")).isEqualTo((byte) 7);
    assertThat(rows.get(0).<String>getAs("name")).isEqualTo("only");
    assertThat(rows.get(0).<Double>getAs("x")).isEqualTo(0.25);
  }

  @Test
  void columnsThatAreAllNullComeBack() {
    Dataset<Row> df =
        frameOf(
            new StructType()
                .add("n", DataTypes.IntegerType)
                .add("nothing", DataTypes.IntegerType)
                .add("no text", DataTypes.StringType)
                .add("no flag", DataTypes.BooleanType)
                .add("no time", DataTypes.TimestampType),
            RowFactory.create(1, null, null, null, null),
            RowFactory.create(2, null, null, null, null));

    H2OFrame frame = hc.asH2OFrame(df);
    List<Row> rows = hc.asSparkFrame(frame).collectAsList();

    assertThat(frame.description().columns().stream().map(column -> column.naCount()).toList()).containsExactly(0L, 2L, 2L, 2L, 2L);
    assertThat(rows).hasSize(2);
    for (Row row : rows) {
      assertThat(row.isNullAt(1)).isTrue();
      assertThat(row.isNullAt(2)).isTrue();
      assertThat(row.isNullAt(3)).isTrue();
      assertThat(row.isNullAt(4)).isTrue();
    }
  }

  @Test
  void readsOnlyTheSelectedColumn() {
    AllTypesFrame data = new AllTypesFrame();
    H2OFrame frame = hc.asH2OFrame(data.dataFrame(spark), "round_trip_pruned");

    Dataset<Row> strings = hc.asSparkFrame(frame).select("string");
    Dataset<Row> longs = hc.asSparkFrame(frame).select("long");

    assertThat(strings.queryExecution().optimizedPlan().output().size()).isEqualTo(1);
    assertThat(strings.queryExecution().executedPlan().toString()).contains("BatchScan").doesNotContain("timestamp_ntz");
    assertThat(values(strings.collectAsList(), "string")).containsExactlyElementsOf(data.values("string"));
    assertThat(values(longs.collectAsList(), "long")).containsExactlyElementsOf(data.values("long"));
    assertThat(hc.asSparkFrame(frame).select("date", "boolean").collectAsList().get(0).size()).isEqualTo(2);
  }

  @Test
  void readsInProcessOrOverRestAsTheTransferModeSays() {
    H2OFrame frame = hc.asH2OFrame(spark.range(0, 1000, 1, 3).toDF("n"));
    Dataset<Row> back = hc.asSparkFrame(frame);

    assertThat(back.collectAsList()).hasSize(1000);

    if (hc.conf().transferMode().equals("rest")) {
      assertThat(ScanMetrics.of(back, "chunksReadOverRest")).isEqualTo(3);
      // Numbers from 0 to 999 in chunks of about 333 rows travel in two bytes each, plus a few headers.
      assertThat(ScanMetrics.of(back, "bytesReadOverRest")).isBetween(2000L, 2300L);
    } else {
      assertThat(ScanMetrics.of(back, "chunksReadOverRest")).isZero();
      assertThat(ScanMetrics.of(back, "bytesReadOverRest")).isZero();
    }
  }

  @Test
  void readsChunksLongerThanABatchWithMoreLevelsThanTheDescriptionShows() {
    Dataset<Row> df =
        spark.range(0, 100_000, 1, 2)
            .select(
                col("id"),
                functions.when(col("id").mod(7).equalTo(0), lit(null)).otherwise(col("id").multiply(0.5)).as("half"),
                functions.when(col("id").mod(11).equalTo(0), lit(null))
                    .otherwise(concat(lit("level "), col("id").mod(1000))).as("level"),
                functions.timestamp_seconds(col("id").multiply(60)).as("at"));

    H2OFrame frame = hc.asH2OFrame(df);
    List<Row> rows = hc.asSparkFrame(frame).collectAsList();

    assertThat(frame.description().chunks()).extracting(FrameDescription.Chunk::rows).containsExactly(50_000L, 50_000L);
    assertThat(frame.description().columns().get(2).cardinality()).isEqualTo(1000);
    assertThat(frame.description().columns().get(2).domain()).as("too many levels to describe").isNull();
    assertThat(rows).hasSize(100_000);
    for (int id = 0; id < rows.size(); id++) {
      Row row = rows.get(id);
      assertThat(row.getInt(0)).isEqualTo(id);
      assertThat(row.isNullAt(1) ? null : row.getDouble(1)).isEqualTo(id % 7 == 0 ? null : id * 0.5);
      assertThat(row.isNullAt(2) ? null : row.getString(2)).isEqualTo(id % 11 == 0 ? null : "level " + id % 1000);
      assertThat(row.<Instant>getAs(3)).isEqualTo(Instant.ofEpochSecond(id * 60L));
    }
  }

  private static Dataset<Row> frameOf(StructType schema, Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), schema);
  }

  private static List<Object> bytes(LongStream values) {
    return values.mapToObj(value -> (Object) (byte) value).collect(Collectors.toList());
  }
}
