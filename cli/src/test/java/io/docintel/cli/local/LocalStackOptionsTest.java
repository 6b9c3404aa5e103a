package io.docintel.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code docintel local --without}: which services the stack leaves out. */
class LocalStackOptionsTest {

  @Test
  void withoutTakesServiceNamesCommaSeparatedOrRepeated() {
    assertThat(parse("--without", "enricher,gateway", "--without", "extractor").leftOut())
        .isEqualTo(Set.of("enricher", "gateway", "extractor"));
    assertThat(parse().leftOut()).isEmpty();
    assertThat(LocalStackOptions.freePorts().without("classifier").leftOut()).isEqualTo(Set.of("classifier"));
  }

  @Test
  void aNameThatIsNoServiceFailsNamingTheServices() {
    LocalStackOptions options = parse("--without", "enrich");
    assertThatThrownBy(options::leftOut).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no service enrich")
        .hasMessageContaining("normalizer, extractor, classifier, summarizer, enricher, drift-monitor, gateway");
  }

  private static LocalStackOptions parse(String... args) {
    LocalStackOptions options = new LocalStackOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
