package io.docintel.extractor.redact;

import io.docintel.extractor.recognize.Mention;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Applies a {@link RedactionPolicy} to the personal-data mentions of a text. Thread-safe. */
public final class Redactor {

  private final RedactionPolicy policy;
  private final byte[] salt;

  /** {@code salt} is required for {@link RedactionPolicy#HASH} and ignored otherwise. */
  public Redactor(RedactionPolicy policy, String salt) {
    if (policy == RedactionPolicy.HASH && (salt == null || salt.isBlank())) {
      throw new IllegalArgumentException("the hash redaction policy needs a per-deployment salt");
    }
    this.policy = policy;
    this.salt = salt == null ? new byte[0] : salt.getBytes(StandardCharsets.UTF_8);
  }

  public RedactionPolicy policy() {
    return policy;
  }

  /** The redacted text, or null under {@link RedactionPolicy#NONE}. {@code mentions} must not overlap. */
  public String redact(String text, List<Mention> mentions) {
    if (policy == RedactionPolicy.NONE) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Mention mention : mentions) {
      if (!mention.type().personalData()) {
        continue;
      }
      out.append(text, at, mention.start());
      out.append(replacement(mention));
      at = mention.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private String replacement(Mention mention) {
    return switch (policy) {
      case MASK -> "[" + mention.type() + "]";
      case HASH -> "[" + mention.type() + ":" + hmac(mention.text()).substring(0, 10) + "]";
      case DROP, NONE -> "";
    };
  }

  private String hmac(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }
}
