package org.sparkling.backend;

import java.nio.file.Path;
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
 * Sends the embedded H2O node's log to a file of this application. H2O configures log4j 1.x itself, which Spark's log4j 2
 * bridge ignores, so without this its chatter would land on the Spark console and nowhere else.
 */
final class H2OLogFile {
  /** The packages H2O logs from (H2O's own log configuration names the same). */
  static final java.util.List<String> H2O_LOGGERS = java.util.List.of("water", "hex", "ai.h2o");
  private static final Logger LOG = LoggerFactory.getLogger(H2OLogFile.class);

  private H2OLogFile() {}

  static void attach(Path file, String h2oLevel) {
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
      LoggerConfig h2o = new LoggerConfig(logger, level(h2oLevel), false);
      h2o.addAppender(appender, null, null);
      config.addLogger(logger, h2o);
    }
    context.updateLoggers();
  }

  private static Level level(String h2oLevel) {
    return "ERRR".equals(h2oLevel) ? Level.ERROR : Level.toLevel(h2oLevel, Level.INFO);
  }
}
