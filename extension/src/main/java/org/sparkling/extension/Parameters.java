package org.sparkling.extension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import javax.servlet.http.HttpServletRequest;

/** Reads H2O-style form parameters whose list values are JSON arrays. */
final class Parameters {
  private Parameters() {}

  /** A required whole number of at least 0, e.g. the number of chunks of a frame ({@code what}). */
  static int count(HttpServletRequest request, String name, String what) {
    String raw = request.getParameter(name);
    if (raw == null) {
      throw new IllegalArgumentException("Missing parameter '" + name + "': " + what);
    }
    try {
      int count = Integer.parseInt(raw.strip());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below, with what was expected
    }
    throw new IllegalArgumentException(
        "Parameter '" + name + "' must be a whole number of at least 0 (" + what + "), got: " + raw);
  }

  static String[] strings(HttpServletRequest request, String name) {
    JsonArray array = array(request, name);
    String[] values = new String[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsString();
    }
    return values;
  }

  static long[] longs(HttpServletRequest request, String name) {
    JsonArray array = array(request, name);
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsLong();
    }
    return values;
  }

  static int[] ints(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    if (raw == null) {
      return new int[0];
    }
    JsonArray array = array(request, name);
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsInt();
    }
    return values;
  }

  /** The found columns, a JSON array of {@code {name, type, domain, slots}}; none when absent. */
  static FoundColumn[] found(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    if (raw == null) {
      return new FoundColumn[0];
    }
    try {
      return new com.google.gson.Gson().fromJson(raw, FoundColumn[].class);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Parameter '" + name + "' must be a JSON array of found columns: " + e.getMessage(), e);
    }
  }

  /** The final column order; the fixed columns in their order when absent. */
  static int[] order(HttpServletRequest request, String name, int fixedCount) {
    if (request.getParameter(name) == null) {
      int[] identity = new int[fixedCount];
      for (int column = 0; column < fixedCount; column++) {
        identity[column] = column;
      }
      return identity;
    }
    return ints(request, name);
  }

  /**
   * Column numbers as {@code 0,3,7}, each below {@code columnCount}: all columns when the parameter is absent, none when it
   * is empty.
   */
  static int[] columnNumbers(HttpServletRequest request, String name, int columnCount) {
    String raw = request.getParameter(name);
    if (raw == null) {
      return java.util.stream.IntStream.range(0, columnCount).toArray();
    }
    if (raw.isBlank()) {
      return new int[0];
    }
    String[] parts = raw.split(",", -1);
    int[] columns = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        columns[i] = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        columns[i] = -1;
      }
      if (columns[i] < 0 || columns[i] >= columnCount) {
        throw new IllegalArgumentException(
            "Invalid column '" + parts[i] + "' in " + name + "=" + raw + ": expected column numbers separated by commas, "
                + (columnCount == 0 ? "but the frame has no columns" : "from 0 to " + (columnCount - 1)));
      }
    }
    return columns;
  }

  /** A list with, per column, {@code null} or the list of its levels. */
  static String[][] domains(HttpServletRequest request, String name) {
    if (request.getParameter(name) == null) {
      return null;
    }
    JsonArray array = array(request, name);
    String[][] domains = new String[array.size()][];
    for (int column = 0; column < domains.length; column++) {
      JsonElement levels = array.get(column);
      if (!levels.isJsonNull()) {
        JsonArray list = levels.getAsJsonArray();
        domains[column] = new String[list.size()];
        for (int level = 0; level < list.size(); level++) {
          domains[column][level] = list.get(level).getAsString();
        }
      }
    }
    return domains;
  }

  private static JsonArray array(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    if (raw == null) {
      throw new IllegalArgumentException("Missing parameter '" + name + "'");
    }
    try {
      return JsonParser.parseString(raw).getAsJsonArray();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Parameter '" + name + "' must be a JSON array, got: " + raw, e);
    }
  }
}
