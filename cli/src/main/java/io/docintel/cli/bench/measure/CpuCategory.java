package io.docintel.cli.bench.measure;

import java.util.List;

/**
 * Where a benchmark's CPU time went, by the name of the thread that spent it. Model inference runs
 * on the batchers' worker threads ({@code docintel-batcher-*}): with one ONNX Runtime intra-op
 * thread, ONNX Runtime computes on the calling thread, so their CPU time is all the inference there
 * is; with more, its native pool threads are invisible to the JVM and their time lands in
 * {@link #OUTSIDE_JAVA_THREADS}. The JVM's own GC and JIT threads are told apart by their native
 * names ({@link JvmThreads}).
 */
public enum CpuCategory {
  INFERENCE("model inference (batcher threads)"),
  STREAMS("service work + Avro + Kafka Streams (stream threads)"),
  CLIENT_IO("Kafka client I/O threads"),
  BROKER("in-process Kafka broker"),
  LOAD("the benchmark's own producer and consumer"),
  OTHER_JAVA("other Java threads (registry, HTTP, metrics)"),
  GC("garbage collection (GC threads, VM thread)"),
  JIT("JIT compilation"),
  OUTSIDE_JAVA_THREADS("other native threads (native pools, ended threads)");

  private static final List<String> BROKER_PREFIXES = List.of("data-plane-", "controller-", "kafka-", "raft-",
      "broker-", "quorum-", "ExpirationReaper", "LogDirFailureHandler", "group-coordinator", "transaction",
      "ReplicaFetcher", "share-", "feature-", "event-", "metadata-", "TxnMarkerSender", "AddPartitionsToTxn",
      "client-metrics-", "log-cleaner", "BrokerLifecycle", "ClientQuotaManager", "ThrottledChannelReaper",
      // The broker's delayed-operation timers (executor-Fetch completes long-polling fetches) and its Yammer meters.
      "executor-", "metrics-meter-tick-thread");

  private final String description;

  CpuCategory(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The category of a Java thread's CPU time, from the thread's name. */
  public static CpuCategory ofThread(String name) {
    if (name.startsWith("docintel-batcher-")) {
      return INFERENCE;
    }
    if (name.contains("docintel-bench")) {
      return LOAD;
    }
    if (name.contains("-StreamThread-")) {
      return STREAMS;
    }
    if (name.startsWith("kafka-producer-network-thread") || name.startsWith("kafka-coordinator-heartbeat")
        || name.contains("-admin-client-")) {
      return CLIENT_IO;
    }
    return BROKER_PREFIXES.stream().anyMatch(name::startsWith) ? BROKER : OTHER_JAVA;
  }

  /** True for what a deployment's own service processes spend (not the broker nor the load generator). */
  public boolean inServices() {
    return this != BROKER && this != LOAD;
  }
}
