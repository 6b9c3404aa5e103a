package io.docintel.drift;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ClientProperties;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import io.docintel.drift.report.DriftMeters;
import java.util.ArrayList;
import java.util.List;

/** The drift monitor's main: config → registry client and meters → topology → running service. */
public final class DriftMonitorApp {

  public static final String SERVICE = "drift-monitor";

  /** Every setting the drift monitor reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private DriftMonitorApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the drift monitor from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    if (config.get(ServiceSettings.CREATE_TOPICS)) {
      ReferenceResets.ensureTopic(ClientProperties.kafka(config), config.get(ServiceSettings.TOPIC_REPLICATION).shortValue());
    }
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.CLASSIFICATIONS, TopicNames.NORMALIZED, TopicNames.EXTRACTIONS, TopicNames.FEEDBACK,
            TopicNames.DRIFT, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> DriftTopology.build(topics.classifications(), topics.normalized(),
            topics.extractions(), topics.feedback(), topics.drift(), DriftPolicy.from(config), new DriftMeters(meters)));
  }


  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.add(DriftSettings.COMMIT_INTERVAL);
    all.addAll(DriftSettings.ALL);
    return List.copyOf(all);
  }
}
