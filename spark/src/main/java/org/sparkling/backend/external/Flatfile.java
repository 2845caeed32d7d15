package org.sparkling.backend.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The list of every node of a cloud, one {@code ip:port} (the REST port) a line, that each node is given with
 * {@code -flatfile}: nodes then find each other directly instead of by multicast, which loopback does not carry and which
 * could join a stranger's nodes.
 */
final class Flatfile {
  private Flatfile() {}

  static Path write(Path file, String ip, List<Integer> ports) {
    String lines = ports.stream().map(port -> ip + ":" + port + "\n").collect(Collectors.joining());
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, lines, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the H2O flatfile " + file + ": " + e.getMessage(), e);
    }
  }
}
