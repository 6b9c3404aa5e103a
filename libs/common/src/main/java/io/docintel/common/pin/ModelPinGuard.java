package io.docintel.common.pin;

import io.docintel.schemas.ModelIdentity;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets a record through unless it carries a {@link ModelPin} that the stage's model does not
 * satisfy; then it throws {@link PinnedModelMismatchException}, which the service's exception
 * handler turns into a dead letter naming both versions. A stage without a model (null) refuses
 * every pinned record.
 *
 * @param <V> the record value, passed on unchanged
 */
public final class ModelPinGuard<V> implements FixedKeyProcessor<String, V, V> {

  private final ModelIdentity model;
  private FixedKeyProcessorContext<String, V> context;

  private ModelPinGuard(ModelIdentity model) {
    this.model = model;
  }

  /** A supplier of guards for a stage whose results come from {@code model} (null: no model). */
  public static <V> FixedKeyProcessorSupplier<String, V, V> of(ModelIdentity model) {
    Supplier<ModelPinGuard<V>> guard = () -> new ModelPinGuard<>(model);
    return guard::get;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, V> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, V> record) {
    String pinned = ModelPin.of(record.headers());
    if (pinned != null && (model == null || !ModelPin.satisfiedBy(pinned, model.getVersion(), model.getSha256()))) {
      throw new PinnedModelMismatchException("document " + record.key() + " is pinned to model version " + pinned
          + ", but this stage runs " + (model == null ? "no model" : model.getName() + " version " + model.getVersion()));
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
