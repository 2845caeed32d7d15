package org.sparkling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/RESULTS.md} holds one section per harness, each between {@code <!-- name:start -->} and
 * {@code <!-- name:end -->}; a harness replaces its own section and leaves the others as they are. A section not in the
 * file yet is appended at its end.
 */
final class ResultsSections {
  private ResultsSections() {}

  /** Writes {@code content} as the section {@code name} of {@code file}, which need not exist yet. */
  static void write(Path file, String name, String content) throws IOException {
    String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, replace(document, name, content), StandardCharsets.UTF_8);
  }

  /** {@code document} with the section {@code name} replaced by {@code content}, or with the section appended. */
  static String replace(String document, String name, String content) {
    String start = start(name);
    String end = end(name);
    String section = start + "\n" + content.strip() + "\n" + end + "\n";
    int from = document.indexOf(start);
    if (from < 0) {
      if (document.contains(end)) {
        throw new IllegalArgumentException("The results file has the marker " + end + " but no " + start + "; fix it by hand");
      }
      String before = document.strip();
      return before.isEmpty() ? section : before + "\n\n" + section;
    }
    int to = document.indexOf(end, from);
    if (to < 0) {
      throw new IllegalArgumentException("The results file has the marker " + start + " but no " + end + "; fix it by hand");
    }
    if (document.indexOf(start, from + start.length()) >= 0) {
      throw new IllegalArgumentException("The results file has the marker " + start + " twice; fix it by hand");
    }
    int after = to + end.length();
    if (after < document.length() && document.charAt(after) == '\n') {
      after++;
    }
    return document.substring(0, from) + section + document.substring(after);
  }

  static String start(String name) {
    return "<!-- " + name + ":start -->";
  }

  static String end(String name) {
    return "<!-- " + name + ":end -->";
  }
}
