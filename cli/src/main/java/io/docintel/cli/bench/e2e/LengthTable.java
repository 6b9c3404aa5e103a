package io.docintel.cli.bench.e2e;

import io.docintel.cli.bench.measure.Percentiles;
import io.docintel.schemas.NormalizedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Groups per-document figures by the length class the documents were made for. */
final class LengthTable {

  private LengthTable() {}

  static List<LengthRow> rows(BenchCorpus corpus, List<NormalizedDocument> normalized, double[] coreCpuMs,
      double[] stackLatencyMs) {
    TreeMap<Integer, List<Integer>> byLength = new TreeMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      byLength.computeIfAbsent(corpus.files().get(i).targetChunks(), k -> new ArrayList<>()).add(i);
    }
    List<LengthRow> rows = new ArrayList<>();
    byLength.forEach((chunks, indexes) -> {
      Percentiles latency = Percentiles.of(indexes.stream().mapToDouble(i -> stackLatencyMs[i]).toArray());
      rows.add(new LengthRow(chunks, indexes.size(),
          indexes.stream().mapToInt(i -> normalized.get(i).getChunks().size()).average().orElse(0),
          indexes.stream().mapToInt(i -> normalized.get(i).getTokenCount()).average().orElse(0),
          indexes.stream().mapToDouble(i -> coreCpuMs[i]).average().orElse(0), latency.p50(), latency.p99()));
    });
    return rows;
  }
}
