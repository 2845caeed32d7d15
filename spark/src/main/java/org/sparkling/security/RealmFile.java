package org.sparkling.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sparkling.client.Credentials;

/**
 * The realm file of H2O's {@code -hash_login} (Jetty's {@code HashLoginService}): one {@code user: MD5:<hash>} line, so
 * that the password itself is in no file. MD5 is Jetty's format here; the file is readable by its owner only.
 */
final class RealmFile {
  private RealmFile() {}

  static Path write(Path file, Credentials login) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(login.password().getBytes(StandardCharsets.UTF_8));
      String line = login.user() + ": MD5:" + HexFormat.of().formatHex(digest) + System.lineSeparator();
      return OwnerOnlyFiles.write(file, line.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no MD5, which Jetty's realm files use", e);
    }
  }
}
