package org.sparkling.backend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sparkling.H2OOptions;

/** H2O's log levels, as its {@code -log_level} flag spells them, checked once for every backend. */
public enum H2OLogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERRR,
  FATAL;

  /**
   * The level {@code value} names, ignoring case; log4j's {@code ERROR} is taken for H2O's {@code ERRR}. Anything else
   * fails naming {@code spark.ext.h2o.log.level} and the levels H2O knows.
   */
  public static H2OLogLevel of(String value) {
    String level = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (level.equals("ERROR")) {
      return ERRR;
    }
    for (H2OLogLevel candidate : values()) {
      if (candidate.name().equals(level)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Invalid H2O log level '" + value + "' (" + H2OOptions.LOG_LEVEL + "): expected one of "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + " (ERROR is taken for ERRR)");
  }

  /** The same level in log4j's words, for the log configuration that writes H2O's file. */
  public String log4jName() {
    return this == ERRR ? "ERROR" : name();
  }
}
