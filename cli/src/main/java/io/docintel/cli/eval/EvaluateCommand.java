package io.docintel.cli.eval;

import io.docintel.cli.client.ProgressBar;
import io.docintel.testkit.eval.ClassificationScore;
import io.docintel.testkit.eval.EntityScore;
import io.docintel.testkit.eval.EvaluationSet;
import io.docintel.testkit.eval.LabelledDocument;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code docintel evaluate}: the services' quality on the project's labelled evaluation set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the normalizer, extractor and classifier (configured by DOCINTEL_* settings, as the "
        + "services are) over the labelled evaluation set the project ships, and print classification "
        + "macro-F1 and accuracy, per-type entity precision/recall/F1, and PII recall.",
        "No Kafka is needed: the services' cores run in this process."})
public final class EvaluateCommand implements Callable<Integer> {

  static final List<String> ENTITY_TYPES =
      List.of("EMAIL", "PHONE", "URL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "DATE", "MONEY", "PERCENT", "PERSON");

  @Override
  public Integer call() {
    List<LabelledDocument> documents = EvaluationSet.load();
    ProgressBar bar = new ProgressBar(System.err, documents.size(), "documents");
    Evaluation.Result result = Evaluation.run(documents, System.getenv(), done -> bar.show(done, 0));
    bar.finish();
    print(result.classification());
    print(result.entities());
    return 0;
  }

  private static void print(ClassificationScore score) {
    System.out.printf("classification on %d documents: macro-F1 %.3f, accuracy %.3f%n",
        score.documents(), score.macroF1(), score.accuracy());
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
