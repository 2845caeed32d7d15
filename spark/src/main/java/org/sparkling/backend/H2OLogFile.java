package org.sparkling.backend;

import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the log of the H2O node in this JVM (embedded in the driver, or in an executor) to a file of this application.
 * H2O configures log4j 1.x itself, which Spark's log4j 2 bridge ignores, so without this its chatter (and that of the
 * Jetty server it runs its REST API on) would land on the Spark console and nowhere else.
 */
final class H2OLogFile {
  /**
   * The packages H2O logs from (H2O's own log configuration names the first three), and the unshaded Jetty that only
   * H2O brings: Spark's own Jetty is shaded under {@code org.sparkproject.jetty}.
   */
  static final List<String> H2O_LOGGERS = List.of("water", "hex", "ai.h2o", "org.eclipse.jetty");
  private static final Logger LOG = LoggerFactory.getLogger(H2OLogFile.class);

  private H2OLogFile() {}

  static void attach(Path file, H2OLogLevel h2oLevel) {
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      LOG.warn("Logging is not log4j 2 core; H2O logs through the application's logging instead of {}", file);
      return;
    }
    Configuration config = context.getConfiguration();
    PatternLayout layout =
        PatternLayout.newBuilder().withConfiguration(config).withPattern("%d{MM-dd HH:mm:ss.SSS} %-5p %t %c{1}: %m%n").build();
    FileAppender appender =
        FileAppender.newBuilder()
            .setName("sparkling-h2o-log")
            .withFileName(file.toString())
            .setLayout(layout)
            .setConfiguration(config)
            .build();
    appender.start();
    config.addAppender(appender);
    for (String logger : H2O_LOGGERS) {
      LoggerConfig h2o = new LoggerConfig(logger, Level.getLevel(h2oLevel.log4jName()), false);
      h2o.addAppender(appender, null, null);
      config.addLogger(logger, h2o);
    }
    context.updateLoggers();
  }
}
