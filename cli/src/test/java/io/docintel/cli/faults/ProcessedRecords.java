package io.docintel.cli.faults;

/**
 * How many records a service instance's stream threads have processed, read from what its
 * {@code /metrics} serves ({@code kafka_stream_thread_process_total}, summed over its threads):
 * evidence that an instance really did some of the work.
 */
final class ProcessedRecords {

  private static final String METRIC = "kafka_stream_thread_process_total{";

  private ProcessedRecords() {}

  static double in(String prometheusText) {
    return prometheusText.lines().filter(line -> line.startsWith(METRIC))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
  }
}
