package org.sparkling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Random scalar values for {@link RoundTripPropertyData}, biased towards the edges of each type. A value is drawn either
 * "wide" (edges: min/max, infinities, NaN, year 1 and 9999) or "narrow" (small whole numbers, dates near 1970), so that
 * columns come back both as wide and as narrowed types.
 */
final class RoundTripPropertyValues {
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final long FIRST_SECOND = FIRST_DAY * 86_400L;
  private static final long LAST_SECOND = LAST_DAY * 86_400L + 86_399L;

  private static final List<String> STRINGS =
      List.of("", " ", "a", "Zürich", "東京", "😀 party", "naïve café", "tab\there", "line\nbreak", "False", "True", "NA",
          "null", "a.b", "  spaces  ", "NaN", "0", "-1.5", "'quoted'", "\"double\"", "back\\slash");
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(1, 1, 1), LocalDate.of(1582, 10, 4), LocalDate.of(1582, 10, 15), LocalDate.of(1899, 12, 31),
          LocalDate.of(1900, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29),
          LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));
  private static final List<LocalDateTime> WALL_CLOCKS =
      List.of(LocalDateTime.parse("0001-01-01T00:00:00"), LocalDateTime.parse("1969-12-31T23:59:59.999999"),
          LocalDateTime.parse("1969-12-31T23:59:59.999"), LocalDateTime.parse("1970-01-01T00:00:00"),
          LocalDateTime.parse("1970-01-01T00:00:00.000001"), LocalDateTime.parse("1900-01-01T00:00:00.000001"),
          LocalDateTime.parse("1582-10-04T12:30:00.5"), LocalDateTime.parse("2024-03-10T02:30:00.123456"),
          LocalDateTime.parse("9999-12-31T23:59:59.999999"));
  private static final int[][] CODE_POINT_RANGES =
      {{0x21, 0x7E}, {0xA1, 0x24F}, {0x391, 0x3C9}, {0x410, 0x44F}, {0x4E00, 0x9FFF}, {0x1F600, 0x1F64F}};

  private final Random random;

  RoundTripPropertyValues(Random random) {
    this.random = random;
  }

  /** A non-null value of the scalar Spark type {@code type}, as {@code Row} holds it (java.time for dates and times). */
  Object scalar(DataType type, boolean wide) {
    if (type instanceof ByteType) return (byte) integral(Byte.MIN_VALUE, Byte.MAX_VALUE, wide);
    if (type instanceof ShortType) return (short) integral(Short.MIN_VALUE, Short.MAX_VALUE, wide);
    // Not Integer.MIN_VALUE: H2O's sparse integer chunks use it as their missing marker (RoundTripPropertyShrunkCasesTest).
    if (type instanceof IntegerType) return (int) integral(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, wide);
    if (type instanceof LongType) return longValue(wide);
    if (type instanceof FloatType) return (float) doubleValue(wide, true);
    if (type instanceof DoubleType) return doubleValue(wide, false);
    if (type instanceof DecimalType decimal) return decimal(decimal.precision(), decimal.scale(), wide);
    if (type instanceof BooleanType) return random.nextBoolean();
    if (type instanceof StringType) return string();
    if (type instanceof DateType) return date(wide);
    if (type instanceof TimestampType) return wallClock(wide).toInstant(ZoneOffset.UTC);
    if (type instanceof TimestampNTZType) return wallClock(wide);
    throw new IllegalArgumentException("Not a scalar: " + type);
  }

  /** A dense or sparse ML vector of 0 to 5 elements, zeros and whole numbers included. */
  Vector vector(boolean wide) {
    int size = random.nextInt(6);
    if (random.nextBoolean()) {
      double[] values = new double[size];
      for (int element = 0; element < size; element++) {
        values[element] = vectorElement(wide);
      }
      return Vectors.dense(values);
    }
    TreeSet<Integer> active = new TreeSet<>();
    for (int element = 0; element < size; element++) {
      if (random.nextInt(3) == 0) {
        active.add(element);
      }
    }
    int[] indices = active.stream().mapToInt(Integer::intValue).toArray();
    double[] values = new double[indices.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = vectorElement(wide);
    }
    return Vectors.sparse(size, indices, values);
  }

  private double vectorElement(boolean wide) {
    int pick = random.nextInt(10);
    if (pick == 0) return 0.0;
    if (pick == 1) return random.nextInt(200) - 100;
    return doubleValue(wide, false);
  }

  private long integral(long min, long max, boolean wide) {
    if (!wide) {
      return random.nextInt(201) - 100;
    }
    return switch (random.nextInt(8)) {
      case 0 -> min;
      case 1 -> max;
      case 2 -> 0;
      case 3 -> -1;
      default -> min + (long) (random.nextDouble() * ((double) max - min));
    };
  }

  private long longValue(boolean wide) {
    if (!wide) {
      return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(201) - 100;
    }
    return switch (random.nextInt(12)) {
      case 0 -> Long.MIN_VALUE; // H2O's missing-value marker: comes back as null
      case 1 -> Long.MIN_VALUE + 1;
      case 2 -> Long.MAX_VALUE;
      case 3 -> (1L << 53) + 1;
      case 4 -> Integer.MAX_VALUE + 1L;
      case 5 -> Integer.MIN_VALUE - 1L;
      case 6 -> 0L;
      default -> random.nextLong();
    };
  }

  private double doubleValue(boolean wide, boolean asFloat) {
    if (!wide) {
      return random.nextInt(4) == 0 ? (random.nextInt(2001) - 1000) / 4.0 : random.nextInt(201) - 100;
    }
    return switch (random.nextInt(16)) {
      case 0 -> asFloat ? Float.MAX_VALUE : Double.MAX_VALUE;
      case 1 -> asFloat ? -Float.MAX_VALUE : -Double.MAX_VALUE;
      case 2 -> asFloat ? Float.MIN_VALUE : Double.MIN_VALUE;
      case 3 -> Double.POSITIVE_INFINITY;
      case 4 -> Double.NEGATIVE_INFINITY;
      case 5 -> Double.NaN;
      case 6 -> -0.0;
      case 7 -> 1e-300;
      case 8 -> 0.1;
      case 9 -> (double) (1L << 53);
      case 10 -> random.nextInt(2001) - 1000;
      default -> random.nextGaussian() * Math.pow(10, random.nextInt(13) - 6);
    };
  }

  private BigDecimal decimal(int precision, int scale, boolean wide) {
    int digits = wide ? 1 + random.nextInt(precision) : 1 + random.nextInt(Math.min(precision, 4));
    BigInteger unscaled;
    int pick = random.nextInt(8);
    if (wide && pick == 0) {
      unscaled = BigInteger.TEN.pow(precision).subtract(BigInteger.ONE);
    } else if (pick == 1) {
      unscaled = BigInteger.ZERO;
    } else if (!wide && pick == 2) {
      unscaled = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(random.nextInt(201) - 100));
    } else {
      StringBuilder text = new StringBuilder();
      for (int digit = 0; digit < digits; digit++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      unscaled = new BigInteger(text.toString());
    }
    if (unscaled.toString().length() > precision) {
      unscaled = BigInteger.ONE;
    }
    return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
  }

  private String string() {
    int pick = random.nextInt(4);
    if (pick <= 1) {
      return STRINGS.get(random.nextInt(STRINGS.size()));
    }
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(8);
    for (int i = 0; i < length; i++) {
      int[] range = pick == 2 ? CODE_POINT_RANGES[0] : CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
      text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return text.toString();
  }

  private LocalDate date(boolean wide) {
    if (!wide) {
      return LocalDate.ofEpochDay(random.nextInt(73_000) - 36_500);
    }
    if (random.nextBoolean()) {
      return DATES.get(random.nextInt(DATES.size()));
    }
    return LocalDate.ofEpochDay(FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY)));
  }

  private LocalDateTime wallClock(boolean wide) {
    long micros = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
    if (!wide) {
      long second = random.nextInt(2 * 1_000_000_000) - 1_000_000_000L;
      return LocalDateTime.ofEpochSecond(second, (int) micros * 1000, ZoneOffset.UTC);
    }
    if (random.nextBoolean()) {
      return WALL_CLOCKS.get(random.nextInt(WALL_CLOCKS.size()));
    }
    long second = FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
    return LocalDateTime.ofEpochSecond(second, (int) micros * 1000, ZoneOffset.UTC);
  }
}
