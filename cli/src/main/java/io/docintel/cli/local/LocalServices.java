package io.docintel.cli.local;

import io.docintel.normalizer.NormalizerApp;
import java.util.List;

/** Every service that exists, in the order the local stack starts them. */
final class LocalServices {

  static final List<LocalService> ALL = List.of(
      new LocalService(NormalizerApp.SERVICE, NormalizerApp.SETTINGS, NormalizerApp::start));

  private LocalServices() {}
}
