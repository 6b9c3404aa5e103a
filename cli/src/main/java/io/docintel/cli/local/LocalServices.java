package io.docintel.cli.local;

import io.docintel.classifier.ClassifierApp;
import io.docintel.drift.DriftMonitorApp;
import io.docintel.enricher.EnricherApp;
import io.docintel.extractor.ExtractorApp;
import io.docintel.gateway.GatewayApp;
import io.docintel.normalizer.NormalizerApp;
import io.docintel.summarizer.SummarizerApp;
import java.util.List;

/** Every service that exists, in the order the local stack starts them (downstream ones, then the gateway, last). */
final class LocalServices {

  static final List<LocalService> ALL = List.of(
      new LocalService(NormalizerApp.SERVICE, NormalizerApp.SETTINGS, NormalizerApp::start, false),
      new LocalService(ExtractorApp.SERVICE, ExtractorApp.SETTINGS, ExtractorApp::start, true),
      new LocalService(ClassifierApp.SERVICE, ClassifierApp.SETTINGS, ClassifierApp::start, true),
      new LocalService(SummarizerApp.SERVICE, SummarizerApp.SETTINGS, SummarizerApp::start, true),
      new LocalService(EnricherApp.SERVICE, EnricherApp.SETTINGS, EnricherApp::start, false),
      new LocalService(DriftMonitorApp.SERVICE, DriftMonitorApp.SETTINGS, DriftMonitorApp::start, false),
      new LocalService(GatewayApp.SERVICE, GatewayApp.SETTINGS, GatewayApp::start, false));

  private LocalServices() {}

  /** Every service's name, in start order. */
  static List<String> names() {
    return ALL.stream().map(LocalService::name).toList();
  }

  /** The service named {@code name}. */
  static LocalService named(String name) {
    return ALL.stream().filter(service -> service.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name + "; the services are "
            + String.join(", ", names())));
  }
}
