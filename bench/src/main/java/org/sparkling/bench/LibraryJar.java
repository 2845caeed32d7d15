package org.sparkling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import org.sparkling.H2OContext;

/** Which Sparkling Water build the benchmark measured: the jar {@code H2OContext} came from, and when it was built. */
final class LibraryJar {
  private LibraryJar() {}

  static String describe() {
    try {
      Path jar = Path.of(H2OContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getFileName() + " built " + Files.getLastModifiedTime(jar).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (Exception e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
