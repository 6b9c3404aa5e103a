package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class InstantConverterTest {

  final InstantConverter converter =
      new InstantConverter(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void takesAnInstantOrADurationBeforeNow() {
    assertThat(converter.convert("2026-11-30T09:15:00Z")).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
    assertThat(converter.convert("90m")).isEqualTo(Instant.parse("2026-11-30T10:30:00Z"));
  }

  @Test
  void refusesAnythingElseSayingWhatItTakes() {
    assertThatThrownBy(() -> converter.convert("yesterday")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("2026-11-30T09:00:00Z").hasMessageContaining("30m");
  }
}
