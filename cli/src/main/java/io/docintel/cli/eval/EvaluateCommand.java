package io.docintel.cli.eval;

import io.docintel.cli.client.ProgressBar;
import io.docintel.testkit.eval.ClassificationScore;
import io.docintel.testkit.eval.EntityScore;
import io.docintel.testkit.eval.EvaluationSet;
import io.docintel.testkit.eval.LabelledDocument;
import io.docintel.testkit.eval.LongDocuments;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code docintel evaluate}: the services' quality on the project's labelled evaluation set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the normalizer, extractor and classifier (configured by DOCINTEL_* settings, as the "
        + "services are) over the labelled evaluation set the project ships, and print classification "
        + "macro-F1 and accuracy, per-type entity precision/recall/F1, and PII recall.",
        "Classification is also scored on long documents made from the set (each a label's documents "
            + "with a few of other labels, shuffled), chunked and sampled as the services do: compare "
            + "settings such as DOCINTEL_CLASSIFIER_ESCALATION_MAX_CHUNKS on them.",
        "No Kafka is needed: the services' cores run in this process."})
public final class EvaluateCommand implements Callable<Integer> {

  static final int VARIANTS = 4;
  static final int INTRUDERS = 4;

  static final List<String> ENTITY_TYPES =
      List.of("EMAIL", "PHONE", "URL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "DATE", "MONEY", "PERCENT", "PERSON");

  @Override
  public Integer call() {
    List<LabelledDocument> documents = EvaluationSet.load();
    List<LabelledDocument> longDocuments = longDocuments(documents);
    ProgressBar bar = new ProgressBar(System.err, documents.size() + longDocuments.size(), "documents");
    Evaluation.Result result = Evaluation.run(documents, longDocuments, System.getenv(), done -> bar.show(done, 0));
    bar.finish();
    print("classification on " + result.classification().documents() + " documents", result.classification());
    Evaluation.LongDocumentScore long_ = result.longDocuments();
    print(String.format("classification on %d long documents (each all of a label's and %d of others', "
        + "%.1f chunks on average; %d escalated)", long_.classification().documents(), INTRUDERS,
        long_.meanChunks(), long_.escalated()), long_.classification());
    print(result.entities());
    return 0;
  }

  /**
   * The long documents: {@value #VARIANTS} per label, each every document of the label plus
   * {@value #INTRUDERS} of other labels, shuffled with a fixed seed.
   */
  static List<LabelledDocument> longDocuments(List<LabelledDocument> documents) {
    return LongDocuments.compose(documents, VARIANTS, INTRUDERS, 20_261_201L);
  }

  private static void print(String heading, ClassificationScore score) {
    System.out.printf("%s: macro-F1 %.3f, accuracy %.3f%n", heading, score.macroF1(), score.accuracy());
    for (String label : score.labels()) {
      System.out.printf("  %-16s P %.2f  R %.2f  F1 %.2f%n", label, score.precision(label), score.recall(label),
          score.f1(label));
    }
  }

  private static void print(EntityScore score) {
    System.out.printf("entities on %d annotated documents: deterministic micro-F1 %.3f, PII recall %.3f, "
        + "dates and money normalized right %.3f%n", score.documents(), score.deterministicMicroF1(),
        score.piiRecall(), score.normalizationAccuracy());
    for (String type : ENTITY_TYPES) {
      System.out.printf("  %-16s P %.2f  R %.2f  F1 %.2f%n", type, score.precision(type), score.recall(type),
          score.f1(type));
    }
  }
}
