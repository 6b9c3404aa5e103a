package io.docintel.enricher;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import io.docintel.enricher.join.JoinMetrics;
import io.docintel.enricher.join.JoinPolicy;
import java.util.ArrayList;
import java.util.List;

/** The enricher's main: config → registry client → topology → running service. */
public final class EnricherApp {

  public static final String SERVICE = "enricher";

  /** Every setting the enricher reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private EnricherApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the enricher from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    JoinPolicy policy = policy(config);
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.NORMALIZED, TopicNames.EXTRACTIONS, TopicNames.CLASSIFICATIONS, TopicNames.SUMMARIES,
            TopicNames.ENRICHED, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> EnricherTopology.build(topics.normalized(), topics.extractions(),
            topics.classifications(), topics.summaries(), topics.enriched(), policy, new JoinMetrics(meters)));
  }


  /** The join policy the settings describe. */
  public static JoinPolicy policy(Config config) {
    return new JoinPolicy(config.get(EnricherSettings.REQUIRED), config.get(EnricherSettings.TIMEOUT),
        config.get(EnricherSettings.CHECK_INTERVAL), config.get(EnricherSettings.EMITTED_RETENTION));
  }

  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(EnricherSettings.ALL);
    return List.copyOf(all);
  }
}
