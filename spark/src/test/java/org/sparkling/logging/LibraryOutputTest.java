package org.sparkling.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sparkling.GeneratedDocs;

/**
 * The library modules (client, spark, ml) speak only through SLF4J with {@code {}} placeholders, so that an application's
 * logging configuration decides what reaches its console; only the command line prints. A console display (say, a
 * progress bar on a terminal) gets its stream handed to it; a line that must print all the same says so with
 * {@value #ON_PURPOSE}.
 */
class LibraryOutputTest {
  static final String ON_PURPOSE = "// prints on purpose:";
  private static final List<String> LIBRARY_MODULES = List.of("client", "spark", "ml");
  /**
   * Printing straight to the console. A console display (a progress bar) that is handed {@code System.err} as its
   * stream is a choice made in one place, and allowed.
   */
  private static final Pattern CONSOLE =
      Pattern.compile("System\\.out\\b|System\\.err\\.(print|println|printf|format|write)\\(|\\.printStackTrace\\(");
  private static final Pattern FORMATTED_LOG =
      Pattern.compile("\\b(LOG|log)\\.(trace|debug|info|warn|error)\\((String\\.format\\(|\"[^\"]*\"\\.formatted\\()");

  @Test
  void libraryCodeDoesNotPrintToTheConsole() {
    assertThat(matching(CONSOLE)).as("lines of the library modules that print (use SLF4J, or mark them '%s')", ON_PURPOSE)
        .isEmpty();
  }

  @Test
  void logCallsUsePlaceholdersRatherThanFormattedStrings() {
    assertThat(matching(FORMATTED_LOG)).as("log calls that format their message themselves (use {} placeholders)").isEmpty();
  }

  /** "module/path:line: text" of every line of the modules' main sources that matches and is not marked. */
  private static List<String> matching(Pattern pattern) {
    Path root = GeneratedDocs.repositoryRoot();
    List<String> found = new ArrayList<>();
    for (String module : LIBRARY_MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertThat(sources).isDirectory();
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (pattern.matcher(line).find() && !line.contains(ON_PURPOSE) && !line.strip().startsWith("*")) {
              found.add(root.relativize(file) + ":" + (index + 1) + ": " + line.strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }
}
