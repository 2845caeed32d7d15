package org.sparkling.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the folders an H2O node writes to (logs, ice, Flow notebooks), failing with the options that move them. */
final class NodeFolders {
  private NodeFolders() {}

  static Path create(Path folder) {
    try {
      return Files.createDirectories(folder).toAbsolutePath();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot create the folder " + folder + " for H2O's files (" + e.getMessage() + "); set spark.ext.h2o.work.dir "
              + "or spark.ext.h2o.log.dir to a writable folder",
          e);
    }
  }
}
