package org.sparkling.progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A stream a display writes to in a test, read back as text or as lines. */
public final class CapturedStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  public PrintStream out() {
    return out;
  }

  public synchronized String text() {
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The lines written, without empty ones; a bar redrawn in place with {@code \r} counts one line per drawing. */
  public List<String> lines() {
    return Arrays.stream(text().split("[\r\n]+")).filter(line -> !line.isBlank()).toList();
  }
}
