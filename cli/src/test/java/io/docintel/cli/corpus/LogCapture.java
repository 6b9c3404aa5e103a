package io.docintel.cli.corpus;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures what a test's JVM logs and prints while it is open: every Logback event at INFO and
 * above from any logger (message, arguments, MDC, and the full stack trace of any exception, each
 * cause's message included), and everything written to {@code System.out} and {@code System.err}.
 * The console appenders are detached meanwhile, as third-party INFO logs are many; closing puts
 * levels, appenders and streams back.
 */
public final class LogCapture implements AutoCloseable {

  private static final String[] LOUD_LOGGERS = {"org.apache.kafka", "kafka", "org.apache.zookeeper", "state.change.logger"};

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level rootLevel = root.getLevel();
  private final Map<String, Level> loudLevels = new java.util.HashMap<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
    @Override
    protected void append(ILoggingEvent event) {
      StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
          .append(" - ").append(event.getFormattedMessage());
      event.getMDCPropertyMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
      if (event.getKeyValuePairs() != null) {
        event.getKeyValuePairs().forEach(kv -> line.append(' ').append(kv.key).append('=').append(kv.value));
      }
      if (event.getThrowableProxy() != null) {
        line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      synchronized (lines) {
        lines.add(line.toString());
      }
    }
  };

  /** Starts capturing at INFO from every logger, the Kafka ones included. */
  public LogCapture() {
    LoggerContext context = root.getLoggerContext();
    for (String name : LOUD_LOGGERS) {
      Logger logger = context.getLogger(name);
      loudLevels.put(name, logger.getLevel());
      logger.setLevel(Level.INFO);
    }
    root.setLevel(Level.INFO);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    appender.setContext(context);
    appender.setName("log-capture");
    appender.start();
    root.addAppender(appender);
    System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
  }

  /** Every captured log event and the console output, as text. */
  public List<String> lines() {
    List<String> all;
    synchronized (lines) {
      all = new ArrayList<>(lines);
    }
    synchronized (console) {
      all.addAll(List.of(console.toString(StandardCharsets.UTF_8).split("\n")));
    }
    return all;
  }

  private OutputStream tee(PrintStream original) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (console) {
          console.write(b);
        }
        original.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (console) {
          console.write(b, off, len);
        }
        original.write(b, off, len);
      }
    };
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
    root.detachAppender(appender);
    appender.stop();
    detached.forEach(root::addAppender);
    root.setLevel(rootLevel);
    loudLevels.forEach((name, level) -> root.getLoggerContext().getLogger(name).setLevel(level));
  }
}
