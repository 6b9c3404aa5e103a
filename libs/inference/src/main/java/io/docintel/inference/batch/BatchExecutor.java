package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.List;

/**
 * Executes one batch on a model: pads to the batch's longest sequence, runs the session,
 * post-processes, and returns one result per sequence in order. Implementations hold no
 * resources of their own; the model they run belongs to whoever loaded it.
 */
@FunctionalInterface
public interface BatchExecutor<R> {

  List<R> execute(List<TokenizedText> batch);
}
