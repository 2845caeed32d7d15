package org.sparkling.client;

import java.util.List;
import java.util.Objects;

/**
 * How H2O will parse raw frames, as {@code POST /3/ParseSetup} guessed it; pass it to {@link H2OClient#parse}.
 *
 * @param sourceFrames the raw frames to parse, from {@link ImportedFiles#destinationFrames()}
 * @param parseType the format, e.g. {@code CSV}, {@code PARQUET}
 * @param separator the field separator as a character code (44 for a comma)
 * @param singleQuotes whether values are quoted with {@code '} rather than {@code "}
 * @param checkHeader 1 when the first line is a header, -1 when it is data
 * @param numberColumns how many columns the files have
 * @param columnNames the column names from the header; empty without a header (the frame's columns are then {@code C1},
 *     {@code C2}, ...)
 * @param columnTypes H2O's guess for each column: {@code Numeric}, {@code Enum}, {@code Time}, {@code String}, {@code UUID}
 * @param chunkSize the bytes each parse task reads
 * @param destinationFrame the frame name H2O suggests
 * @param warnings what H2O noticed while guessing, e.g. files it will skip
 */
public record ParseSetup(
    List<String> sourceFrames,
    String parseType,
    int separator,
    boolean singleQuotes,
    int checkHeader,
    int numberColumns,
    List<String> columnNames,
    List<String> columnTypes,
    int chunkSize,
    String destinationFrame,
    List<String> warnings) {

  public ParseSetup {
    sourceFrames = List.copyOf(Objects.requireNonNull(sourceFrames, "sourceFrames == null"));
    columnNames = columnNames == null ? List.of() : List.copyOf(columnNames);
    columnTypes = columnTypes == null ? List.of() : List.copyOf(columnTypes);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
