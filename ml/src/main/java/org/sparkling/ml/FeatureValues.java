package org.sparkling.ml;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Turns Spark values into what a MOJO expects, following the same rules as the conversion to H2O frames, so a model
 * scores a row in Spark exactly as it saw it in H2O: booleans as the levels False/True, times as epoch milliseconds
 * (dates at midnight and timestamps without zone in the session time zone), other numbers as doubles.
 */
final class FeatureValues implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String zone;

  FeatureValues(ZoneId zone) {
    this.zone = zone.getId();
  }

  /** The MOJO's value for a non-null Spark value: a String for categoricals, a Double otherwise. */
  Object of(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Boolean flag) {
      return flag ? "True" : "False";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return (double) timestamp.getTime();
    }
    if (value instanceof Instant instant) {
      return (double) instant.toEpochMilli();
    }
    if (value instanceof java.sql.Date date) {
      return midnight(date.toLocalDate());
    }
    if (value instanceof LocalDate date) {
      return midnight(date);
    }
    if (value instanceof LocalDateTime wallClock) {
      return (double) wallClock.atZone(ZoneId.of(zone)).toInstant().toEpochMilli();
    }
    throw new IllegalArgumentException(
        "A MOJO cannot score a value of " + value.getClass().getName() + "; convert the column to a number or string");
  }

  /**
   * The level a categorical column of the MOJO reads for a value that is not a string, e.g. from a numeric column H2O
   * trained on as categorical ({@code columnsToCategorical}): its text as Spark's cast to string writes it.
   */
  String level(Object value) {
    if (value instanceof Boolean flag) {
      return flag ? "True" : "False";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }

  private double midnight(LocalDate date) {
    return (double) date.atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli();
  }
}
