package io.docintel.normalizer;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.ServiceVersion;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import java.util.ArrayList;
import java.util.List;

/** The normalizer's main: config → tokenizer and registry client → topology → running service. */
public final class NormalizerApp {

  public static final String SERVICE = DocumentNormalizer.SERVICE;

  /** Every setting the normalizer reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private NormalizerApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the normalizer from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    NormalizerLimits limits = NormalizerLimits.DEFAULTS
        .withMaxDocumentBytes(config.get(NormalizerSettings.MAX_DOCUMENT_BYTES))
        .withChunking(config.get(NormalizerSettings.CHUNK_TOKENS), config.get(NormalizerSettings.CHUNK_OVERLAP_SENTENCES));
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.DOCUMENTS, TopicNames.NORMALIZED, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> {
          ModelTokenCounter tokens = ModelTokenCounter.of(config.get(NormalizerSettings.TOKENIZER));
          owned.add(tokens);
          return NormalizerTopology.build(topics.documents(), topics.normalized(),
              new DocumentNormalizer(tokens, ServiceVersion.of(NormalizerApp.class), limits));
        });
  }



  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(NormalizerSettings.ALL);
    return List.copyOf(all);
  }
}
