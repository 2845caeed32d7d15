package org.sparkling.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only their owner may read: realm files and keystores of secured clusters. */
final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  /** Creates {@code folder} (and its parents) such that only its owner may enter it: what keytool writes there stays private. */
  static Path directory(Path folder) {
    try {
      Files.createDirectories(folder);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Creates {@code file} (and its folder) readable by its owner only where the file system knows permissions. */
  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
