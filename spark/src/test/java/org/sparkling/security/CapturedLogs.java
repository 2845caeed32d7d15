package org.sparkling.security;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Everything logged in this JVM while it is attached, messages and stack traces, Sparkling Water's at DEBUG. */
final class CapturedLogs extends AbstractAppender implements AutoCloseable {
  private final StringBuffer text = new StringBuffer();
  private final Level sparklingLevel;

  private CapturedLogs() {
    super("captured-logs", null, null, true, Property.EMPTY_ARRAY);
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    LoggerConfig sparkling = config.getLoggerConfig("org.sparkling");
    this.sparklingLevel = sparkling.getName().equals("org.sparkling") ? sparkling.getLevel() : null;
    start();
    config.addAppender(this);
    config.getRootLogger().addAppender(this, Level.ALL, null);
    if (sparklingLevel == null) {
      config.addLogger("org.sparkling", new LoggerConfig("org.sparkling", Level.DEBUG, true));
    } else {
      sparkling.setLevel(Level.DEBUG);
    }
    context.updateLoggers();
  }

  static CapturedLogs attach() {
    return new CapturedLogs();
  }

  @Override
  public void append(LogEvent event) {
    text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
        .append(event.getMessage().getFormattedMessage()).append('\n');
    if (event.getThrown() != null) {
      StringWriter trace = new StringWriter();
      event.getThrown().printStackTrace(new PrintWriter(trace));
      text.append(trace);
    }
  }

  /** What was logged so far. */
  String text() {
    return text.toString();
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    config.getRootLogger().removeAppender(getName());
    if (sparklingLevel == null) {
      config.removeLogger("org.sparkling");
    } else {
      config.getLoggerConfig("org.sparkling").setLevel(sparklingLevel);
    }
    context.updateLoggers();
    stop();
  }
}
