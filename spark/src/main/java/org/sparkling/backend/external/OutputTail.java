package org.sparkling.backend.external;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The end of a process's output file, for error messages: what the process said last is usually why it failed. */
final class OutputTail {
  private static final int TAIL_BYTES = 16 * 1024;

  private OutputTail() {}

  /** The last {@code lines} lines of {@code output}, indented. */
  static String of(Path output, int lines) {
    try (RandomAccessFile file = new RandomAccessFile(output.toFile(), "r")) {
      if (file.length() == 0) {
        return "    (no output)";
      }
      long start = Math.max(0, file.length() - TAIL_BYTES);
      byte[] end = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(end);
      // ISO-8859-1 decodes any byte, also those of a line the process is still writing.
      List<String> all = Arrays.asList(new String(end, StandardCharsets.ISO_8859_1).split("\\R"));
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      return "    " + String.join(System.lineSeparator() + "    ", last);
    } catch (FileNotFoundException e) {
      return "    (no output)";
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + output, e);
    }
  }
}
