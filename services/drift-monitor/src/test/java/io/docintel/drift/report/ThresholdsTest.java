package io.docintel.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.schemas.DriftStatus;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void gradesFromWarnAndFromAlertInclusive() {
    Threshold t = new Threshold(0.1, 0.25);
    assertThat(t.grade(0.0999)).isEqualTo(DriftStatus.OK);
    assertThat(t.grade(0.1)).isEqualTo(DriftStatus.WARN);
    assertThat(t.grade(0.25)).isEqualTo(DriftStatus.ALERT);
  }

  @Test
  void overridesReplaceDefaultsAndFamilyMembersInheritTheirFamily() {
    Thresholds t = Thresholds.DEFAULTS.with("prediction.psi=0.2:0.5, extraction.per_1k_tokens.PERSON=1:2");
    assertThat(t.of(MetricNames.PREDICTION_PSI)).isEqualTo(new Threshold(0.2, 0.5));
    assertThat(t.of(MetricNames.PREDICTION_JS)).isEqualTo(Thresholds.DEFAULTS.of(MetricNames.PREDICTION_JS));
    assertThat(t.of(MetricNames.entitiesPer1k("PERSON"))).isEqualTo(new Threshold(1, 2));
    assertThat(t.of(MetricNames.entitiesPer1k("EMAIL"))).isEqualTo(t.of(MetricNames.ENTITIES_PER_1K));
    assertThat(Thresholds.DEFAULTS.with(" ")).isSameAs(Thresholds.DEFAULTS);
  }

  @Test
  void printsInTheFormItReads() {
    assertThat(Thresholds.DEFAULTS.with(Thresholds.DEFAULTS.toString())).isEqualTo(Thresholds.DEFAULTS);
    assertThat(Thresholds.DEFAULTS.toString()).contains("prediction.psi=0.1:0.25");
  }

  @Test
  void rejectsUnknownMetricsAndMalformedOrInvertedLevels() {
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("prediction.psx=0.1:0.2")).hasMessageContaining("unknown metric");
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("prediction.psi=0.1")).hasMessageContaining("metric=warn:alert");
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("prediction.psi=0.3:0.2")).hasMessageContaining("warn <= alert");
  }
}
