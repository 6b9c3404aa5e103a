package io.docintel.normalizer;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.metrics.ServiceMeters;
import io.docintel.common.runtime.ClientProperties;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.ServiceVersion;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.Topics;
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
    ModelTokenCounter tokens = ModelTokenCounter.of(config.get(NormalizerSettings.TOKENIZER));
    RegistryValueSerdes serdes = null;
    try {
      serdes = new RegistryValueSerdes(ClientProperties.registry(config));
      Topics topics = new Topics(serdes);
      NormalizerLimits limits = NormalizerLimits.DEFAULTS
          .withMaxDocumentBytes(config.get(NormalizerSettings.MAX_DOCUMENT_BYTES))
          .withChunking(config.get(NormalizerSettings.CHUNK_TOKENS),
              config.get(NormalizerSettings.CHUNK_OVERLAP_SENTENCES));
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, ServiceVersion.of(NormalizerApp.class), limits);
      return ServiceLauncher.launch(SERVICE, config,
          NormalizerTopology.build(topics.documents(), topics.normalized(), normalizer),
          List.of(TopicNames.DOCUMENTS, TopicNames.NORMALIZED, TopicNames.deadLetters(SERVICE)),
          ServiceMeters.create(SERVICE), serdes, tokens);
    } catch (RuntimeException e) {
      tokens.close();
      if (serdes != null) {
        serdes.close();
      }
      throw e;
    }
  }


  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(NormalizerSettings.ALL);
    return List.copyOf(all);
  }
}
