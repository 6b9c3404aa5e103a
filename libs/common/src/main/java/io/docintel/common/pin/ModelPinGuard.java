package io.docintel.common.pin;

import io.docintel.schemas.ModelIdentity;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets a record through unless it carries a {@link ModelPin} that the stage's model does not
 * satisfy; then it throws {@link PinnedModelMismatchException}, which the service's exception
 * handler turns into a dead letter naming both versions. A stage running several models (a cheap
 * one and an escalation one) accepts a pin any of them satisfies; one without models refuses
 * every pinned record.
 *
 * @param <V> the record value, passed on unchanged
 */
public final class ModelPinGuard<V> implements FixedKeyProcessor<String, V, V> {

  private final List<ModelIdentity> models;
  private FixedKeyProcessorContext<String, V> context;

  private ModelPinGuard(List<ModelIdentity> models) {
    this.models = List.copyOf(models);
  }

  /** A supplier of guards for a stage whose results come from {@code models}. */
  public static <V> FixedKeyProcessorSupplier<String, V, V> of(List<ModelIdentity> models) {
    Supplier<ModelPinGuard<V>> guard = () -> new ModelPinGuard<>(models);
    return guard::get;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, V> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, V> record) {
    String pinned = ModelPin.of(record.headers());
    if (pinned != null && models.stream().noneMatch(m -> ModelPin.satisfiedBy(pinned, m.getVersion(), m.getSha256()))) {
      throw new PinnedModelMismatchException("document " + record.key() + " is pinned to model version " + pinned
          + ", but this stage runs " + (models.isEmpty() ? "no model" : models.stream()
              .map(m -> m.getName() + " version " + m.getVersion()).collect(Collectors.joining(" and "))));
    }
    context.forward(record);
  }

  /** A pinned record reached a stage running another model version. */
  public static final class PinnedModelMismatchException extends RuntimeException {
    PinnedModelMismatchException(String message) {
      super(message);
    }
  }
}
