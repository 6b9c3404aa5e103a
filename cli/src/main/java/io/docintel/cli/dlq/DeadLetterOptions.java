package io.docintel.cli.dlq;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that choose dead letters, shared by {@code dlq list} and {@code dlq replay}. */
public final class DeadLetterOptions {

  @Option(names = "--service", description = "only this service's dead letters, e.g. normalizer")
  String service;

  @Option(names = "--since", description = "only those that failed since: 2026-11-30T10:00:00Z, or a duration before now such as 2h")
  Instant since;

  @Option(names = "--document", paramLabel = "ID", description = "only this document; repeatable")
  List<String> documents = List.of();

  @Option(names = "--error", paramLabel = "TEXT", description = "only errors whose class name contains TEXT")
  String errorClass;

  @Option(names = "--timeout", defaultValue = "1m",
      description = "how long reading the dead-letter topics to their end may take (default: ${DEFAULT-VALUE})")
  Duration timeout;

  DeadLetterFilter filter() {
    return new DeadLetterFilter(service, since, Set.copyOf(documents), errorClass);
  }
}
