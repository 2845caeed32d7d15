package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks of a page of docs/ that a test renders from the code: the committed page must equal what the code renders
 * today; with {@code -Dsparkling.docs.write=true} the test writes the page first.
 */
public final class GeneratedDocs {
  private GeneratedDocs() {}

  /** The repository the tests run in, found upwards from the working folder (a module's folder, or the root). */
  public static Path repositoryRoot() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("pom.xml")) && Files.isDirectory(folder.resolve("spark/src"))) {
        return folder;
      }
    }
    throw new IllegalStateException("No repository root (with pom.xml and spark/src) above " + Path.of("").toAbsolutePath());
  }

  /** Fails when {@code page} differs from {@code rendered}, saying how to regenerate it ({@code regenerate}). */
  public static void requireCurrent(Path page, String rendered, String regenerate) {
    try {
      if (Boolean.getBoolean("sparkling.docs.write")) {
        Files.createDirectories(page.getParent());
        Files.writeString(page, rendered, StandardCharsets.UTF_8);
      }
      assertThat(page).as("%s is missing; generate it: %s", page, regenerate).isRegularFile();
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as("%s is out of date with the code it is generated from; regenerate it: %s", page, regenerate)
          .isEqualTo(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
