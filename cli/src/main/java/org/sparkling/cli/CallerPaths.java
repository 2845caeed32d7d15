package org.sparkling.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a path option relative to the folder the user ran {@code sparkling} in: the launcher script changes to the
 * repository root before starting Java and passes the caller's folder as {@value #PROPERTY}.
 */
final class CallerPaths implements ITypeConverter<Path> {
  static final String PROPERTY = "sparkling.caller.dir";

  @Override
  public Path convert(String value) {
    Path path = Path.of(value);
    String callerDir = System.getProperty(PROPERTY);
    return callerDir == null || path.isAbsolute() ? path : Path.of(callerDir).resolve(path).normalize();
  }
}
