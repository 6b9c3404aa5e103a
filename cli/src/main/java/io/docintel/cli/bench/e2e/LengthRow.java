package io.docintel.cli.bench.e2e;

/**
 * Cost by document length: for the documents generated with {@code targetChunks} chunks (0: the
 * sample documents), how many there were, their mean chunks and tokens, the services' CPU per
 * document without Kafka, and the median and 99th-percentile latency through the stack (in the
 * open-loop phase when there is one, else at full load, where queueing dominates it).
 */
public record LengthRow(int targetChunks, int documents, double meanChunks, double meanTokens, double coreCpuMs,
    double stackP50Ms, double stackP99Ms) {}
