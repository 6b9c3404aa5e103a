package io.docintel.common.runtime;

import io.docintel.common.config.Config;
import io.docintel.common.metrics.ServiceMeters;
import io.docintel.common.retry.Backoff;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service does around its topology: create missing topics, start (a stream thread
 * that dies is replaced after a backoff, see {@link StreamThreadRestarts}), say where health and
 * metrics are served, and on SIGTERM stop Kafka Streams and then what the topology used.
 */
public final class ServiceLauncher {

  private static final Logger log = LoggerFactory.getLogger(ServiceLauncher.class);

  private ServiceLauncher() {}

  /**
   * Builds a service's topology from the shared parts (its topics with registry-backed serdes, its
   * metrics registry); what the builder creates goes into {@code owned}, in the order it should
   * be closed. Starting or failing half-way, nothing is left open.
   */
  @FunctionalInterface
  public interface TopologyBuilder {
    Topology build(Topics topics, PrometheusMeterRegistry meters, List<AutoCloseable> owned);
  }

  /** Builds the topology with {@code builder} and launches it; the result owns everything built. */
  public static StreamsService start(String service, Config config, Collection<String> topics, TopologyBuilder builder) {
    return start(service, config, topics, builder, ServiceHttp.endpointsOnly(config.get(ServiceSettings.HTTP_PORT)));
  }

  /** As {@link #start(String, Config, Collection, TopologyBuilder)}, with the service's own HTTP side. */
  public static StreamsService start(String service, Config config, Collection<String> topics, TopologyBuilder builder,
      ServiceHttp http) {
    List<AutoCloseable> owned = new ArrayList<>();
    try {
      PrometheusMeterRegistry meters = ServiceMeters.create(service);
      Properties streams = StreamsProperties.forService(service, config);
      // A result the producer would refuse fails its serialization instead, which is dead-lettered.
      RegistryValueSerdes serdes = new RegistryValueSerdes(ClientProperties.registry(config),
          RecordSizeLimit.maxValueBytes(streams));
      owned.add(serdes);
      Topology topology = builder.build(new Topics(serdes), meters, owned);
      return launch(service, config, streams, topology, topics, meters, http, owned.toArray(AutoCloseable[]::new));
    } catch (RuntimeException e) {
      Resources.closeAll(owned, e);
      throw e;
    }
  }

  /** Creates missing topics (if so configured) and starts {@code topology} as {@code service} with {@code streams}. */
  private static StreamsService launch(String service, Config config, Properties streams, Topology topology,
      Collection<String> topics, PrometheusMeterRegistry meters, ServiceHttp http, AutoCloseable... owned) {
    log.info("{} starting with {}", service, config.describe());
    if (config.get(ServiceSettings.CREATE_TOPICS)) {
      TopicCreator.ensure(ClientProperties.kafka(config), topics, config.get(ServiceSettings.TOPIC_PARTITIONS),
          config.get(ServiceSettings.TOPIC_REPLICATION).shortValue(), RecordSizeLimit.maxRecordBytes(streams));
    }
    StreamThreadRestarts restarts = new StreamThreadRestarts(service,
        new Backoff(config.get(ServiceSettings.RETRY_BACKOFF), config.get(ServiceSettings.RETRY_BACKOFF_MAX)), meters);
    StreamsService running = StreamsService.start(service, topology, streams, meters, restarts, http, owned);
    log.info("{} serving /health/live, /health/ready and /metrics on port {}", service, running.httpPort());
    return running;
  }

  /** Blocks until the JVM is asked to stop, then closes {@code running}. */
  public static void runUntilStopped(StreamsService running) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, running.name() + "-shutdown"));
    stopped.await();
  }
}
