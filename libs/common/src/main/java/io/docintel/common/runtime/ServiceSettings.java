package io.docintel.common.runtime;

import io.docintel.common.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings every Kafka Streams service shares. Any further {@code DOCINTEL_KAFKA_*} variable is
 * passed to the Kafka clients ({@code DOCINTEL_KAFKA_SECURITY_PROTOCOL} becomes
 * {@code security.protocol}), and any {@code DOCINTEL_REGISTRY_*} to the registry client.
 */
public final class ServiceSettings {

  public static final Setting<String> BOOTSTRAP_SERVERS =
      Setting.string("kafka.bootstrap.servers", "localhost:9092", "Kafka bootstrap servers, host:port[,host:port]");
  public static final Setting<String> REGISTRY_URL =
      Setting.string("registry.url", "http://localhost:8081",
          "Confluent-compatible schema registry URL(s), comma-separated");
  public static final Setting<Integer> HTTP_PORT =
      Setting.integer("http.port", 8080, "port of /health/live, /health/ready and /metrics; 0 picks a free one");
  public static final Setting<String> APPLICATION_ID =
      Setting.string("streams.application.id", "", "Kafka Streams application id; defaults to docintel-<service>");
  public static final Setting<Path> STATE_DIR =
      Setting.of("streams.state.dir", Path::of,
          Path.of(System.getProperty("java.io.tmpdir"), "docintel-streams"), "folder for Kafka Streams state stores");
  public static final Setting<Integer> THREADS =
      Setting.count("streams.threads", 1, "stream threads in this instance");
  public static final Setting<String> PROCESSING_GUARANTEE =
      Setting.string("streams.processing.guarantee", "exactly_once_v2", "exactly_once_v2 or at_least_once");
  public static final Setting<Duration> COMMIT_INTERVAL =
      Setting.duration("streams.commit.interval", Duration.ofMillis(100), "how often Kafka Streams commits");
  public static final Setting<Duration> RETRY_BACKOFF =
      Setting.duration("streams.retry.backoff", Duration.ofSeconds(1),
          "pause before a failed stream thread is replaced; doubles with each failure in a row");
  public static final Setting<Duration> RETRY_BACKOFF_MAX =
      Setting.duration("streams.retry.backoff.max", Duration.ofSeconds(30),
          "longest pause before a failed stream thread is replaced");
  public static final Setting<Duration> SESSION_TIMEOUT =
      Setting.duration("streams.session.timeout", Duration.ofSeconds(10),
          "how long the consumer group waits for a silent member, such as the stream thread a failure replaced,"
              + " before its partitions move on");
  public static final Setting<Boolean> CREATE_TOPICS =
      Setting.flag("topics.create", true, "create the service's topics at start when missing");
  public static final Setting<Integer> TOPIC_PARTITIONS =
      Setting.count("topics.partitions", 3, "partitions of topics created at start");
  public static final Setting<Integer> TOPIC_REPLICATION =
      Setting.count("topics.replication", 1, "replication factor of topics created at start");

  /** All of the above, for {@code Config.load}. */
  public static final List<Setting<?>> ALL = List.of(
      BOOTSTRAP_SERVERS, REGISTRY_URL, HTTP_PORT, APPLICATION_ID, STATE_DIR, THREADS,
      PROCESSING_GUARANTEE, COMMIT_INTERVAL, RETRY_BACKOFF, RETRY_BACKOFF_MAX, SESSION_TIMEOUT, CREATE_TOPICS,
      TOPIC_PARTITIONS, TOPIC_REPLICATION);

  private ServiceSettings() {}
}
