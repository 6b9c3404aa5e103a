package io.docintel.inference.pipeline.prototype;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zero-/few-shot labelling with the shipped MiniLM encoder on a small held-out set. */
class EmbeddingClassifierTest {

  /** Stated accuracy floor for the held-out set below (12 texts, 4 labels). */
  static final double MIN_ACCURACY = 0.9;

  private static LoadedModel minilm;

  @BeforeAll
  static void load() {
    minilm = ModelLoader.load("minilm-l6-q", SessionSettings.cpu(2));
  }

  @AfterAll
  static void close() {
    minilm.close();
  }

  static List<LabelSpec> labels() {
    return List.of(
        new LabelSpec("invoice", List.of("an invoice or bill asking for payment"),
            List.of("Invoice #2231: amount due 450 EUR, payable within 30 days.")),
        new LabelSpec("contract", List.of("a legal contract or agreement between parties"),
            List.of("This agreement is entered into by the supplier and the customer.")),
        new LabelSpec("resume", List.of("a job candidate's CV or resume"),
            List.of("Experienced software engineer with skills in Java and Kafka.")),
        new LabelSpec("recipe", List.of("a cooking recipe with ingredients and steps"),
            List.of("Mix flour, eggs and milk, then bake for 20 minutes.")));
  }

  static Map<String, String> heldOut() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Please remit payment of $1,200 for services rendered by March 31.", "invoice");
    m.put("Total due: 89.90. Bank transfer to the account below.", "invoice");
    m.put("Billing statement for October, balance outstanding.", "invoice");
    m.put("The parties agree to the following terms and conditions.", "contract");
    m.put("This lease shall commence on the first day of June and bind both signatories.", "contract");
    m.put("Either party may terminate this agreement with 30 days written notice.", "contract");
    m.put("Education: MSc Computer Science. Work experience: 5 years as data engineer.", "resume");
    m.put("Curriculum vitae of a project manager seeking a new position.", "resume");
    m.put("Skills: Python, SQL, leadership. Previous employers: Acme, Globex.", "resume");
    m.put("Chop two onions, fry them in butter and add the tomatoes.", "recipe");
    m.put("Preheat the oven to 180 degrees and grease a baking tin.", "recipe");
    m.put("Whisk the egg whites until stiff, then fold in the sugar.", "recipe");
    return m;
  }

  @Test
  void labelsHeldOutSetAboveStatedAccuracy() {
    EmbeddingClassifier classifier = new EmbeddingClassifier(new TextEmbedder(minilm), labels());
    Map<String, String> set = heldOut();
    List<PrototypePrediction> predictions = classifier.classifyAll(List.copyOf(set.keySet()));
    int correct = 0;
    int i = 0;
    for (String truth : set.values()) {
      PrototypePrediction p = predictions.get(i++);
      if (p.top().label().equals(truth)) {
        correct++;
      }
      assertThat(p.scores()).hasSize(4);
      assertThat(p.scores().stream().mapToDouble(LabelScore::probability).sum()).isCloseTo(1.0,
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(p.model()).isEqualTo(minilm.identity());
    }
    assertThat((double) correct / set.size()).isGreaterThanOrEqualTo(MIN_ACCURACY);
  }

  @Test
  void learningFromLabelledExamplesChangesVersionAndAddsLabels() {
    EmbeddingClassifier classifier = new EmbeddingClassifier(new TextEmbedder(minilm), labels());
    String before = classifier.prototypeVersion();
    String text = "Quarterly earnings rose 12% on strong cloud revenue.";
    String after = classifier.learn(Map.of(
        "Revenue grew 8% year over year and margins improved.", "financial-report",
        "The company reported net income of 2 billion for the quarter.", "financial-report"));
    assertThat(after).isNotEqualTo(before).startsWith("r6-");
    assertThat(classifier.labels()).contains("financial-report");
    PrototypePrediction p = classifier.classify(text);
    assertThat(p.top().label()).isEqualTo("financial-report");
    assertThat(p.prototypeVersion()).isEqualTo(after);
  }

  @Test
  void calibrationFitsATemperatureThatKeepsTheRanking() {
    EmbeddingClassifier classifier = new EmbeddingClassifier(new TextEmbedder(minilm), labels());
    String text = "Please remit payment of $1,200 for services rendered by March 31.";
    String topBefore = classifier.classify(text).top().label();
    double t = classifier.calibrate(heldOut());
    assertThat(t).isBetween(0.005, 1.0);
    assertThat(classifier.temperature()).isEqualTo(t);
    assertThat(classifier.classify(text).top().label()).isEqualTo(topBefore);
  }
}
