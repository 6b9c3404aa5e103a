package io.docintel.inference.tokenize;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import io.docintel.inference.model.ShippedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A Hugging Face {@code tokenizer.json} tokenizer (DJL's native binding), offline.
 *
 * <p>In: text. Out: content token counts, {@link TokenizedText} sequences with special tokens
 * and character offsets (truncated, or as overlapping stride windows), and text slices within
 * a token budget. Padding and truncation stored in the {@code tokenizer.json} are ignored
 * (the shipped MiniLM file pads to 128); this class decides lengths itself.
 *
 * <p>Thread-safe: any number of threads may encode at once. The caller that created the
 * instance owns it and closes it; encoding after {@link #close()} throws.
 */
public final class HfTokenizer implements AutoCloseable {

  private static final java.util.Set<String> UNKNOWN_TOKENS = java.util.Set.of("[UNK]", "<unk>");

  /** Counting encodes texts longer than this in slices (see {@link #count}). */
  static final int COUNT_SLICE_CHARS = 16_384;

  private static final Map<String, String> RAW_OPTIONS = Map.of(
      "addSpecialTokens", "true", "padding", "false", "truncation", "false",
      "withOverflowingTokens", "false");

  private final HuggingFaceTokenizer delegate;
  private final SpecialTokenTemplate template;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private HfTokenizer(HuggingFaceTokenizer delegate) {
    this.delegate = delegate;
    try {
      String probe = "hello world";
      this.template = SpecialTokenTemplate.infer(delegate.encode(probe, true, false).getIds(),
          delegate.encode(probe, false, false).getIds());
    } catch (RuntimeException e) {
      delegate.close();
      throw e;
    }
  }

  /** The tokenizer of a shipped model by its docintel name, e.g. {@code minilm-l6-q}. */
  public static HfTokenizer forShippedModel(String name) {
    ShippedModel model = ShippedModel.byName(name);
    try (InputStream in = model.openResource(model.tokenizerResource())) {
      return fromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the tokenizer of shipped model " + name, e);
    }
  }

  /** Loads a {@code tokenizer.json} file. */
  public static HfTokenizer fromFile(Path tokenizerJson) {
    if (!Files.isRegularFile(tokenizerJson)) {
      throw new IllegalArgumentException("Tokenizer file not found: " + tokenizerJson);
    }
    NativeTokenizerCache.ensureConfigured();
    try {
      return new HfTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, RAW_OPTIONS));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tokenizer " + tokenizerJson, e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Invalid tokenizer file " + tokenizerJson + ": " + e.getMessage(), e);
    }
  }

  /** Loads {@code tokenizer.json} content from a stream; the caller closes the stream. */
  public static HfTokenizer fromStream(InputStream tokenizerJson) throws IOException {
    NativeTokenizerCache.ensureConfigured();
    try {
      return new HfTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, RAW_OPTIONS));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Invalid tokenizer.json: " + e.getMessage(), e);
    }
  }

  /**
   * How many of the text's tokens are the tokenizer's unknown token ({@code [UNK]} in WordPiece
   * vocabularies, {@code <unk>} in SentencePiece ones): pieces of text its vocabulary cannot spell.
   */
  public int countUnknownTokens(String text) {
    return count(text).unknown();
  }

  /**
   * {@link #countTokens} and {@link #countUnknownTokens} from one encoding, for long texts where
   * encoding twice is the cost that matters (see {@link #locate}).
   */
  public TokenCount count(String text) {
    return locate(text).total();
  }

  /**
   * Where the text's content tokens start, and how many are unknown, from one encoding. A text
   * longer than {@value #COUNT_SLICE_CHARS} characters is encoded in slices, each cut just before a
   * space: one native encoding of megabytes costs several times what its slices cost together, and
   * as pre-tokenizers (BERT's, SentencePiece's metaspace, byte-level BPE's) split before a space,
   * the slices' tokens are the whole text's.
   */
  public TokenStarts locate(String text) {
    int[] starts = new int[Math.max(16, text.length() / 4)];
    int tokens = 0;
    int unknown = 0;
    for (int from = 0; from < text.length(); ) {
      int to = sliceEnd(text, from);
      String slice = text.substring(from, to);
      Encoding encoding = rawEncode(slice, false);
      String[] pieces = encoding.getTokens();
      CharSpan[] spans = encoding.getCharTokenSpans();
      CodePointOffsets offsets = new CodePointOffsets(slice);
      if (tokens + pieces.length > starts.length) {
        starts = java.util.Arrays.copyOf(starts, Math.max(2 * starts.length, tokens + pieces.length));
      }
      int previous = from;
      for (int i = 0; i < pieces.length; i++) {
        // A token without a span (none in content tokens so far) starts where the one before it did.
        int start = spans[i] == null ? previous : from + offsets.toUtf16(spans[i].getStart());
        starts[tokens++] = Math.max(start, previous);
        previous = starts[tokens - 1];
        if (UNKNOWN_TOKENS.contains(pieces[i])) {
          unknown++;
        }
      }
      from = to;
    }
    return new TokenStarts(java.util.Arrays.copyOf(starts, tokens), unknown);
  }

  /** Number of tokens the text becomes, special tokens excluded. */
  public int countTokens(String text) {
    return text.length() <= COUNT_SLICE_CHARS ? rawEncode(text, false).getIds().length : count(text).tokens();
  }

  /** Where the slice that starts at {@code from} ends: before the first space at or after the slice length. */
  private static int sliceEnd(String text, int from) {
    int to = from + COUNT_SLICE_CHARS;
    if (to >= text.length()) {
      return text.length();
    }
    int space = text.indexOf(' ', to);
    return space < 0 ? text.length() : space;
  }

  /** All tokens of the text without special tokens, with their offsets into the text (UTF-16 units). */
  public TokenizedText encodeContent(String text) {
    Encoding e = rawEncode(text, false);
    long[] ids = e.getIds();
    CharSpan[] spans = e.getCharTokenSpans();
    CodePointOffsets offsets = new CodePointOffsets(text);
    long[] words = e.getWordIds();
    int[] starts = new int[ids.length];
    int[] ends = new int[ids.length];
    int[] wordIds = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      CharSpan span = spans[i];
      starts[i] = span == null ? -1 : offsets.toUtf16(span.getStart());
      ends[i] = span == null ? -1 : offsets.toUtf16(span.getEnd());
      wordIds[i] = (int) words[i];
    }
    return new TokenizedText(ids, starts, ends, wordIds);
  }

  /** The text as one model input: special tokens added, truncated to {@code maxLength}. */
  public TokenizedText encode(String text, int maxLength) {
    return TokenWindows.truncate(encodeContent(text), template, maxLength);
  }

  /** Each text as one model input, truncated to {@code maxLength}. */
  public List<TokenizedText> encodeBatch(List<String> texts, int maxLength) {
    List<TokenizedText> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(encode(t, maxLength));
    }
    return out;
  }

  /**
   * The whole text as overlapping model inputs of at most {@code maxLength} tokens, each
   * sharing {@code stride} content tokens with the previous one.
   */
  public List<TokenizedText> encodeWindows(String text, int maxLength, int stride) {
    return TokenWindows.windows(encodeContent(text), template, maxLength, stride);
  }

  /**
   * Splits the text at token boundaries into consecutive slices of at most {@code maxTokens}
   * content tokens each; together the slices cover the whole text (whitespace between two
   * slices stays with the earlier one). A text within budget comes back as one slice.
   */
  public List<TextSlice> splitByTokenBudget(String text, int maxTokens) {
    if (maxTokens <= 0) {
      throw new IllegalArgumentException("maxTokens must be positive but was " + maxTokens);
    }
    TokenizedText content = encodeContent(text);
    List<TextSlice> out = new ArrayList<>();
    int n = content.length();
    if (n <= maxTokens) {
      out.add(new TextSlice(text, 0, text.length(), n));
      return out;
    }
    int sliceStart = 0;
    for (int first = 0; first < n; first += maxTokens) {
      int next = first + maxTokens;
      int end = next < n ? content.charStarts()[next] : text.length();
      // Several tokens can share one character span (e.g. byte-level pieces of one emoji).
      end = Math.max(end, sliceStart);
      out.add(new TextSlice(text.substring(sliceStart, end), sliceStart, end, Math.min(maxTokens, n - first)));
      sliceStart = end;
    }
    return out;
  }

  /** Text for token ids, optionally without special tokens. */
  public String decode(long[] ids, boolean skipSpecialTokens) {
    lock.readLock().lock();
    try {
      ensureOpen();
      return delegate.decode(ids, skipSpecialTokens);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The special tokens this tokenizer wraps each sequence in. */
  public SpecialTokenTemplate template() {
    return template;
  }

  private Encoding rawEncode(String text, boolean specialTokens) {
    lock.readLock().lock();
    try {
      ensureOpen();
      return delegate.encode(text, specialTokens, false);
    } finally {
      lock.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("Tokenizer is closed");
    }
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        delegate.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
