package io.docintel.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.common.config.Config;
import io.docintel.common.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewTest {

  @Test
  void parsesWindowListsAndSettingsDefaults() {
    assertThat(View.parseAll("5m, 1h")).containsExactly(new View("5m", Duration.ofMinutes(5)),
        new View("1h", Duration.ofHours(1)));
    DriftPolicy defaults = DriftPolicy.from(Config.load(DriftMonitorApp.SETTINGS, Map.of()));
    assertThat(defaults.views()).extracting(View::name).containsExactly("5m", "1h");
    assertThat(defaults.referenceSize()).isEqualTo(200);
    assertThat(defaults.grace()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void badSettingsFailAtLoad() {
    assertThatThrownBy(() -> Config.load(DriftMonitorApp.SETTINGS, Map.of("DOCINTEL_DRIFT_WINDOWS", "0s")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("DOCINTEL_DRIFT_WINDOWS");
    assertThatThrownBy(() -> Config.load(DriftMonitorApp.SETTINGS, Map.of("DOCINTEL_DRIFT_THRESHOLDS", "nope=1:2")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("DOCINTEL_DRIFT_THRESHOLDS");
  }
}
