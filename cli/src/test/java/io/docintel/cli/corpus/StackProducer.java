package io.docintel.cli.corpus;

import io.docintel.common.serde.ConfluentWireFormat;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.BinaryContent;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Document;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.corpus.CorpusCase;
import io.docintel.testkit.corpus.CorpusInput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Posts to {@code docintel.documents.v1} as producers do: documents through the registry serde,
 * raw records as they are. Records up to 32 MiB go out gzip-compressed, so a 20 MiB text fits the
 * broker's 16 MiB limit and reaches the normalizer, which must reject it itself. Owns its producers.
 */
public final class StackProducer implements AutoCloseable {

  private final Topic<String, Document> documents;
  private final Topic<String, Feedback> feedback;
  private final KafkaProducer<String, Document> producer;
  private final KafkaProducer<byte[], byte[]> raw;

  public StackProducer(String bootstrapServers, Topics topics) {
    this.documents = topics.documents();
    this.feedback = topics.feedback();
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", bootstrapServers);
    props.put("acks", "all");
    props.put("compression.type", "gzip");
    props.put("max.request.size", 32 * 1024 * 1024);
    props.put("buffer.memory", 64L * 1024 * 1024);
    this.producer = new KafkaProducer<>(props, documents.keySerde().serializer(), documents.valueSerde().serializer());
    this.raw = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Posts {@code document} under its id and waits for the broker's acknowledgement. */
  public RecordMetadata post(Document document) {
    return await(producer.send(new ProducerRecord<>(documents.name(), document.getId(), document)));
  }

  /** Posts a raw record and waits for the broker's acknowledgement. */
  public RecordMetadata postRaw(byte[] key, byte[] value) {
    return await(raw.send(new ProducerRecord<>(documents.name(), key, value)));
  }

  /** Posts a corpus case the way its input says. */
  public RecordMetadata post(CorpusCase corpusCase) {
    if (corpusCase.input() instanceof CorpusInput.WireRecord wire) {
      return postRaw(wire.key(), wire.value().apply(documentSchemaId()));
    }
    if (corpusCase.input() instanceof CorpusInput.ForeignRecord foreign) {
      Feedback correction = Feedback.newBuilder().setDocumentId(corpusCase.name()).setCorrectLabel("invoice")
          .setCreatedAt(Instant.EPOCH).build();
      return postRaw(foreign.key(), feedback.valueSerde().serializer().serialize(feedback.name(), correction));
    }
    return post(document(corpusCase.name(), corpusCase.input()));
  }

  /** The registry's id of the {@code Document} schema, registering it if no document was posted yet. */
  public int documentSchemaId() {
    Document probe = document("schema-probe", new CorpusInput.PostedText(() -> "probe"));
    return ConfluentWireFormat.schemaId(documents.valueSerde().serializer().serialize(documents.name(), probe));
  }

  /** The document a corpus input stands for, posted under {@code id}. */
  public static Document document(String id, CorpusInput input) {
    Document.Builder document = Document.newBuilder().setId(id).setTenant("corpus").setSource("corpus:" + id)
        .setEventTime(Instant.now());
    if (input instanceof CorpusInput.PostedText text) {
      return document.setContent(new TextContent(text.text().get())).build();
    }
    if (input instanceof CorpusInput.PostedFile file) {
      return document.setContent(new BinaryContent(ByteBuffer.wrap(file.bytes().get()), file.contentType(),
          file.fileName())).build();
    }
    throw new IllegalArgumentException("not a document: " + input);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static RecordMetadata await(java.util.concurrent.Future<RecordMetadata> sent) {
    try {
      return sent.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("posting failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close();
    raw.close();
  }
}
