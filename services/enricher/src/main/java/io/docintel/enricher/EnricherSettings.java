package io.docintel.enricher;

import io.docintel.common.config.Setting;
import io.docintel.enricher.join.ResultKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The enricher's own settings, on top of {@code ServiceSettings}. */
public final class EnricherSettings {

  public static final Setting<Set<ResultKind>> REQUIRED =
      Setting.of("enricher.required", ResultKind::parseList, Set.copyOf(EnumSet.allOf(ResultKind.class)),
          "results a complete record needs, comma-separated: extraction, classification, summary");
  public static final Setting<Duration> TIMEOUT =
      Setting.duration("enricher.timeout", Duration.ofMinutes(5),
          "after this long from a document's first record, it is emitted with what has arrived (complete=false)");
  public static final Setting<Duration> CHECK_INTERVAL =
      Setting.duration("enricher.check.interval", Duration.ofSeconds(1), "how often timed-out documents are looked for");
  public static final Setting<Duration> EMITTED_RETENTION =
      Setting.duration("enricher.emitted.retention", Duration.ofHours(24),
          "how long each document's last emitted revision is remembered, so late results are ignored instead of"
              + " emitted again");

  public static final List<Setting<?>> ALL = List.of(REQUIRED, TIMEOUT, CHECK_INTERVAL, EMITTED_RETENTION);

  private EnricherSettings() {}
}
