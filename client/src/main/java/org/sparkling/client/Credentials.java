package org.sparkling.client;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * A user name and password for an H2O cluster started with {@code -hash_login} (or another login module), sent as HTTP
 * basic authentication. The password never shows: {@link #toString()} hides it, and it is not part of any message.
 * Serializable so that Spark tasks can carry it to the executors that talk to the nodes.
 */
public final class Credentials implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String user;
  private final String password;

  private Credentials(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** The user {@code user} with password {@code password}; neither may be empty, the user may not hold a colon. */
  public static Credentials of(String user, String password) {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    if (user.isEmpty() || user.contains(":")) {
      throw new IllegalArgumentException("Invalid H2O user name '" + user + "': it must be non-empty and hold no colon");
    }
    if (password.isEmpty()) {
      throw new IllegalArgumentException("The password of H2O user '" + user + "' is empty");
    }
    return new Credentials(user, password);
  }

  /**
   * Reads the first line of {@code file} that is neither blank nor a {@code #} comment, {@code user:password} (spaces
   * around the colon are dropped), as in a plain-text realm file of H2O's {@code -hash_login}.
   */
  public static Credentials fromFile(Path file) {
    Objects.requireNonNull(file, "file == null");
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String line =
          lines.map(String::strip).filter(text -> !text.isEmpty() && !text.startsWith("#")).findFirst().orElse("");
      int colon = line.indexOf(':');
      if (colon <= 0) {
        // The line is not shown: it may be a password.
        throw new IllegalArgumentException(
            "The credentials file " + file + " holds no line user:password (blank lines and # comments are skipped)");
      }
      return of(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the credentials file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The user name. */
  public String user() {
    return user;
  }

  /** The password, for whoever must hand it on (a realm file's hash, a login request). */
  public String password() {
    return password;
  }

  /** The value of an HTTP {@code Authorization} header for basic authentication. */
  String basicAuthorization() {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials(user=" + user + ", password=*****)";
  }
}
