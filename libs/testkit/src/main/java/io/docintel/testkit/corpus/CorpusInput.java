package io.docintel.testkit.corpus;

import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * How a corpus case is posted. Documents ({@link PostedText}, {@link PostedFile}) go to
 * {@code docintel.documents.v1} as a producer posts them, through the registry serde; a
 * {@link WireRecord} is raw record bytes, written there as they are; a {@link ForeignRecord} is a
 * record of another type. Large content is generated
 * on each call rather than held, so the corpus costs no memory until a case is posted.
 */
public sealed interface CorpusInput {

  /** Text posted as {@code TextContent}. */
  record PostedText(Supplier<String> text) implements CorpusInput {
    public PostedText {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * File bytes posted as {@code BinaryContent}, with the content type the producer declares (null:
   * none) and a file name hint (null: none).
   */
  record PostedFile(Supplier<byte[]> bytes, String contentType, String fileName) implements CorpusInput {
    public PostedFile {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * A raw record: key bytes (null: no key) and value bytes (null: a tombstone). The value is made
   * from the schema id under which the registry holds {@code Document}, so that cases can be
   * valid Confluent framing around broken Avro.
   */
  record WireRecord(byte[] key, IntFunction<byte[]> value) implements CorpusInput {
    public WireRecord {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A valid record of another docintel type (a {@code Feedback}, framed under the schema id the
   * registry gave that type), posted to the documents topic as a producer writing to the wrong
   * topic would: well-formed bytes whose writer schema the {@code Document} reader cannot resolve.
   */
  record ForeignRecord(byte[] key) implements CorpusInput {}
}
