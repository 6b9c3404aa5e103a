package io.docintel.summarizer.extractive;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.Span;
import io.docintel.summarizer.rank.SentenceRanker;
import io.docintel.summarizer.rank.SentenceRanker.Candidate;
import io.docintel.summarizer.rank.SentenceRanker.Ranked;
import io.docintel.summarizer.rank.SummaryLength;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the sentences of an extractive summary of a normalized document (its text, sentence
 * spans and chunks). A document of one chunk: the {@link SentenceRanker} picks among its
 * sentences. A longer one is summarized hierarchically: each chunk's best sentences are picked
 * first (at least {@code sentencesPerChunk}, more when the summary needs more candidates),
 * then the ranker picks the summary among those chunk picks, with centrality measured against
 * every sentence read, so every part of the document gets a say and the final pick favours what
 * the whole document is about.
 *
 * <p>The sentences of every chunk read are embedded in one call, so that the model's batcher
 * sees them together (one wait for companions, batches grouped by length); sentences shared by
 * overlapping chunks are embedded once. At most {@code maxChunks} chunks are read: the rest are left out and
 * {@link ExtractiveSelection#chunksCovered()} says so. Thread-safe if the vectors are.
 */
public final class ExtractiveSummarizer {

  private final SentenceVectors vectors;
  private final SentenceRanker ranker;
  private final SentenceFilter filter;
  private final SummaryLength length;
  private final int sentencesPerChunk;
  private final int maxChunks;

  public ExtractiveSummarizer(SentenceVectors vectors, SentenceRanker ranker, SentenceFilter filter,
      SummaryLength length, int sentencesPerChunk, int maxChunks) {
    if (sentencesPerChunk < 1 || maxChunks < 1) {
      throw new IllegalArgumentException("sentencesPerChunk and maxChunks must be positive");
    }
    this.vectors = vectors;
    this.ranker = ranker;
    this.filter = filter;
    this.length = length;
    this.sentencesPerChunk = sentencesPerChunk;
    this.maxChunks = maxChunks;
  }

  public ExtractiveSelection select(String text, List<Span> sentences, List<Chunk> chunks) {
    List<List<Integer>> groups = groups(sentences.size(), chunks);
    int target = length.resolve(sentences.size());
    List<List<Integer>> memberGroups = groups.stream().map(group -> eligible(text, sentences, group)).toList();
    Map<Integer, float[]> embedded = new LinkedHashMap<>();
    memberGroups.forEach(members -> members.forEach(i -> embedded.put(i, null)));
    List<Integer> distinct = new ArrayList<>(embedded.keySet());
    long start = System.nanoTime();
    List<float[]> computed = vectors.embedAll(distinct.stream()
        .map(i -> filter.clip(sentence(text, sentences.get(i)))).toList());
    long embedNanos = System.nanoTime() - start;
    for (int i = 0; i < distinct.size(); i++) {
      embedded.put(distinct.get(i), computed.get(i));
    }
    List<List<Candidate>> candidateGroups = new ArrayList<>();
    for (List<Integer> members : memberGroups) {
      candidateGroups.add(members.stream().map(i -> new Candidate(i, embedded.get(i))).toList());
    }
    List<Ranked> picked;
    if (candidateGroups.size() == 1) {
      picked = ranker.select(candidateGroups.get(0), sentences.size(), target);
    } else {
      int perChunk = Math.max(sentencesPerChunk, (target + candidateGroups.size() - 1) / candidateGroups.size());
      Map<Integer, Candidate> finalists = new LinkedHashMap<>();
      for (List<Candidate> group : candidateGroups) {
        for (Ranked ranked : ranker.select(group, sentences.size(), perChunk)) {
          finalists.putIfAbsent(ranked.sentence(), new Candidate(ranked.sentence(), embedded.get(ranked.sentence())));
        }
      }
      List<Candidate> ordered = new ArrayList<>(finalists.values());
      ordered.sort((a, b) -> Integer.compare(a.sentence(), b.sentence()));
      List<Candidate> everySentence = embedded.entrySet().stream()
          .map(e -> new Candidate(e.getKey(), e.getValue())).toList();
      picked = ranker.select(ordered, everySentence, sentences.size(), target);
    }
    int covered = chunks.isEmpty() ? 0 : groups.size();
    return new ExtractiveSelection(picked, covered, chunks.size(), embedNanos / 1_000_000);
  }

  /** The sentence indices of each chunk read; the whole document when there are no chunks. */
  private List<List<Integer>> groups(int sentenceCount, List<Chunk> chunks) {
    List<List<Integer>> groups = new ArrayList<>();
    if (chunks.isEmpty()) {
      groups.add(range(0, sentenceCount));
      return groups;
    }
    for (Chunk chunk : chunks.subList(0, Math.min(maxChunks, chunks.size()))) {
      int first = Math.max(0, chunk.getFirstSentence());
      int end = Math.min(sentenceCount, chunk.getFirstSentence() + chunk.getSentenceCount());
      if (end > first) {
        groups.add(range(first, end));
      }
    }
    if (groups.isEmpty()) {
      groups.add(range(0, sentenceCount));
    }
    return groups;
  }

  private List<Integer> eligible(String text, List<Span> sentences, List<Integer> group) {
    List<Integer> members = group.stream().filter(i -> filter.eligible(sentence(text, sentences.get(i)))).toList();
    return members.isEmpty() ? group : members;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> indices = new ArrayList<>(Math.max(0, to - from));
    for (int i = from; i < to; i++) {
      indices.add(i);
    }
    return indices;
  }

  static String sentence(String text, Span span) {
    return text.substring(span.getStart(), span.getEnd());
  }
}
