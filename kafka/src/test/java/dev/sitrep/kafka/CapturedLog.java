package dev.sitrep.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** Keeps what one class logs at WARN and above while it is open, for a test to read. */
final class CapturedLog extends AbstractAppender implements AutoCloseable {
  private final String logger;
  private final List<String> messages = new CopyOnWriteArrayList<>();

  /** @param logger the class whose log is kept */
  CapturedLog(Class<?> logger) {
    super("captured-" + logger.getSimpleName(), null, null, true, Property.EMPTY_ARRAY);
    this.logger = logger.getName();
    start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().addAppender(this, Level.WARN, null);
    context.updateLoggers();
  }

  @Override
  public void append(LogEvent event) {
    if (event.getLoggerName().equals(logger)) {
      messages.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }
  }

  /** @return the messages so far, each after its level */
  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender(getName());
    context.updateLoggers();
    stop();
  }
}
