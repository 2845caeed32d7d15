package org.sparkling.bench;

/**
 * One column as H2O's CSV parser saw it.
 *
 * @param name the Spark column name
 * @param sparkType the Spark type the CSV was written from
 * @param guessed H2O's guess in the parse setup ({@code Numeric}, {@code Enum}, {@code Time}, {@code String}, ...)
 * @param parsed the type of the parsed frame's column
 * @param levels the number of categorical levels, 0 for other types
 */
record ParsedColumn(String name, String sparkType, String guessed, String parsed, int levels) {

  /** Whether {@code other} was typed the same way. */
  boolean sameTypes(ParsedColumn other) {
    return sparkType.equals(other.sparkType) && guessed.equals(other.guessed) && parsed.equals(other.parsed)
        && levels == other.levels;
  }

  /** The types, without the name. */
  String types() {
    return String.format("%s: guessed %s, parsed %s%s", sparkType, guessed, parsed,
        levels > 0 ? String.format(" with %,d levels", levels) : "");
  }
}
