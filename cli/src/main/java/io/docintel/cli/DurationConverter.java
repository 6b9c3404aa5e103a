package io.docintel.cli;

import io.docintel.common.config.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Lets options take durations as {@code 30s}, {@code 5m} or {@code 250ms}, as config does. */
public final class DurationConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    return DurationText.parse(value);
  }
}
