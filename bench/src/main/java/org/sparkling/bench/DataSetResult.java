package org.sparkling.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of every contender on one data set, and what else the report tells about it. */
final class DataSetResult {
  private final String name;
  private final String description;
  private final long rows;
  private final int columns;
  private final List<ContenderResult> contenders = new ArrayList<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private List<ParsedColumn> csvColumns = List.of();

  DataSetResult(BenchData data) {
    this.name = data.name();
    this.description = data.description();
    this.rows = data.rows();
    this.columns = data.columns();
  }

  void add(ContenderResult result) {
    contenders.add(result);
  }

  void note(String what, String value) {
    notes.put(what, value);
  }

  void csvColumns(List<ParsedColumn> columns) {
    csvColumns = List.copyOf(columns);
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  long rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  long cells() {
    return rows * columns;
  }

  List<ContenderResult> contenders() {
    return contenders;
  }

  Map<String, String> notes() {
    return notes;
  }

  List<ParsedColumn> csvColumns() {
    return csvColumns;
  }

  /** The measured seconds of the contender named {@code contender}. */
  Samples samples(String contender) {
    return contenders.stream()
        .filter(result -> result.name().equals(contender))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No contender " + contender + " on " + name))
        .total();
  }
}
