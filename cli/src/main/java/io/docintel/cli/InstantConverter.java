package io.docintel.cli;

import io.docintel.common.config.DurationText;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Lets options take a point in time as an ISO-8601 instant ({@code 2026-11-30T10:00:00Z}) or as a
 * duration before now ({@code 2h}, {@code 15m}).
 */
public final class InstantConverter implements ITypeConverter<Instant> {

  private final Clock clock;

  public InstantConverter() {
    this(Clock.systemUTC());
  }

  InstantConverter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException notAnInstant) {
      try {
        return clock.instant().minus(DurationText.parse(value));
      } catch (IllegalArgumentException notADuration) {
        throw new TypeConversionException("'" + value + "' is neither an instant such as 2026-11-30T10:00:00Z "
            + "nor a duration before now such as 2h");
      }
    }
  }
}
