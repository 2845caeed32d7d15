package org.sparkling.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keystores as an operator makes them, with the JDK's keytool. */
final class TestKeystores {
  private TestKeystores() {}

  /** A PKCS12 keystore at {@code file} with a self-signed certificate for 127.0.0.1. */
  static Path selfSigned(Path file, String password) throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    ProcessBuilder keytool = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "node",
        "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
        "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass:env", "TEST_STORE_PASSWORD"))
        .redirectErrorStream(true);
    keytool.environment().put("TEST_STORE_PASSWORD", password);
    Process process = keytool.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    return file;
  }
}
