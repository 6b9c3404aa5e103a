package io.docintel.cli.client;

import io.docintel.cli.ClusterOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docintel post}: sends files to docintel.documents.v1 of a running stack. */
@Command(name = "post", mixinStandardHelpOptions = true,
    description = {"Post documents (any format the normalizer reads: PDF, DOCX, HTML, e-mail, text) to "
        + "docintel.documents.v1 of a running stack.",
        "Folders are walked. Each file becomes one document whose id is derived from its bytes, "
            + "so posting a file again names the same document.",
        "Exit code 0 when every file was sent, 1 when some failed."})
public final class PostCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;

  @Option(names = {"-t", "--tenant"}, defaultValue = "default", description = "tenant of the documents (default: ${DEFAULT-VALUE})")
  String tenant;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or folders to post")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    List<Path> files = DocumentFiles.expand(paths);
    Topic<String, Document> topic = new Topics(new RegistryValueSerdes(cluster.registry())).documents();
    Map<String, Object> props = cluster.kafka();
    props.put("acks", "all");
    props.put("enable.idempotence", true);
    props.put("max.request.size", 16 * 1024 * 1024);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ProgressBar bar = new ProgressBar(System.err, files.size(), "documents");
    try (var producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      for (Path file : files) {
        Document document;
        try {
          document = DocumentFiles.toDocument(tenant, file.getFileName().toString(), Files.readAllBytes(file), Instant.now());
        } catch (IOException e) {
          System.err.printf("%ncannot read %s: %s%n", file, e.getMessage());
          failed.incrementAndGet();
          bar.show(done.incrementAndGet(), failed.get());
          continue;
        }
        producer.send(new ProducerRecord<>(topic.name(), document.getId(), document), (metadata, error) -> {
          if (error != null) {
            failed.incrementAndGet();
            System.err.printf("%ncannot send %s: %s%n", file, error.getMessage());
          }
          bar.show(done.incrementAndGet(), failed.get());
        });
      }
      producer.flush();
    }
    bar.finish();
    System.out.printf("sent %d, failed %d%n", files.size() - failed.get(), failed.get());
    return failed.get() == 0 ? 0 : 1;
  }
}
