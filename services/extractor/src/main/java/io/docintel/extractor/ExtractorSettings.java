package io.docintel.extractor;

import io.docintel.common.config.Setting;
import io.docintel.extractor.fields.KeyFieldRule;
import io.docintel.extractor.redact.RedactionPolicy;
import java.util.List;

/** The extractor's own settings, on top of {@code ServiceSettings}. */
public final class ExtractorSettings {

  public static final Setting<String> MODEL = Setting.string("extractor.model", "minilm-l6-q",
      "embedding model that types candidate names (shipped name or model folder); 'none' keeps only the patterns");
  public static final Setting<String> TOKEN_MODEL = Setting.string("extractor.token.model", "",
      "token-classification (NER) model folder; when set it finds names instead of the embedding model");
  public static final Setting<Double> TYPE_THRESHOLD = Setting.of("extractor.type.threshold", Double::valueOf, 0.55,
      "least confidence of a name's type for the name to be kept");
  public static final Setting<Double> TYPE_TEMPERATURE = Setting.of("extractor.type.temperature", Double::valueOf,
      0.05, "softmax temperature over a name's cosine similarities to the type prototypes");
  public static final Setting<RedactionPolicy> REDACTION = Setting.of("extractor.redaction", RedactionPolicy::parse,
      RedactionPolicy.NONE, "none, mask, hash or drop: the redacted copy of the text the extraction carries");
  public static final Setting<String> REDACTION_SALT = Setting.secret("extractor.redaction.salt", s -> s, "",
      "per-deployment secret of the hash policy (required by it)");
  public static final Setting<List<KeyFieldRule>> KEY_FIELDS = Setting.of("extractor.key.fields", KeyFieldRule::parse,
      KeyFieldRule.defaults(), "name=value-regex[@context-regex[@window]] rules separated by ;; "
          + "(default: invoice_number, total)");

  public static final List<Setting<?>> ALL = List.of(
      MODEL, TOKEN_MODEL, TYPE_THRESHOLD, TYPE_TEMPERATURE, REDACTION, REDACTION_SALT, KEY_FIELDS);

  private ExtractorSettings() {}
}
