package org.sparkling.extension;

import java.util.Locale;
import water.fvec.Vec;

/** The H2O column types Sparkling Water writes and reads, with the names used on the wire. */
public enum ColumnType {
  NUMERIC(Vec.T_NUM),
  CATEGORICAL(Vec.T_CAT),
  STRING(Vec.T_STR),
  TIME(Vec.T_TIME),
  UUID(Vec.T_UUID);

  /** The levels of a categorical column that stands for a boolean, as H2O's own parser makes them. */
  public static final java.util.List<String> BOOLEAN_LEVELS = java.util.List.of("False", "True");

  private final byte vecType;

  ColumnType(byte vecType) {
    this.vecType = vecType;
  }

  /** h2o-core's own type code (a compile-time constant: this enum loads without h2o-core). */
  public byte vecType() {
    return vecType;
  }

  /** The name on the wire: {@code numeric}, {@code categorical}, {@code string}, {@code time}, {@code uuid}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ColumnType fromWireName(String name) {
    for (ColumnType type : values()) {
      if (type.wireName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown column type '" + name + "'; expected one of numeric, categorical, string, time, uuid");
  }
}
