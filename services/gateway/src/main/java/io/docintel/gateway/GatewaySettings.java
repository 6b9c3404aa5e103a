package io.docintel.gateway;

import io.docintel.common.config.Setting;
import io.docintel.gateway.auth.ApiKeys;
import java.time.Duration;
import java.util.List;

/** The gateway's own settings, on top of {@code ServiceSettings} (whose http.port it serves the API on). */
public final class GatewaySettings {

  public static final Setting<ApiKeys> API_KEYS =
      Setting.secret("gateway.api.keys", ApiKeys::parse, null,
          "API keys per tenant, tenant:key[,tenant:key...]; a request names its key in Authorization: Bearer or X-API-Key");
  public static final Setting<Long> MAX_DOCUMENT_SIZE =
      Setting.bytes("gateway.max.document.size", 10L * 1024 * 1024,
          "largest document accepted (text or file), e.g. 10MiB; larger requests get 413 and nothing is published");
  public static final Setting<Integer> RATE_LIMIT =
      Setting.integer("gateway.rate.limit", 600,
          "documents each tenant may post per minute (burst up to the same number); 0 turns the limit off");
  public static final Setting<String> INSTANCE_ID =
      Setting.string("gateway.instance.id", "",
          "this instance's stable name, part of its Kafka transactional.id; defaults to a random id per start");
  public static final Setting<Duration> PUBLISH_TIMEOUT =
      Setting.duration("gateway.publish.timeout", Duration.ofSeconds(30),
          "how long a post waits for Kafka to commit the document before answering 503");

  public static final List<Setting<?>> ALL = List.of(API_KEYS, MAX_DOCUMENT_SIZE, RATE_LIMIT, INSTANCE_ID, PUBLISH_TIMEOUT);

  private GatewaySettings() {}
}
