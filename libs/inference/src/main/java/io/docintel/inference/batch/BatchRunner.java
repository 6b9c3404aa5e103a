package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.List;

/**
 * Runs a model on tokenized sequences and returns one result per sequence, in input order.
 * Implemented by the dynamic {@link TokenBudgetBatcher} and the plain {@link SequentialRunner}.
 */
public interface BatchRunner<R> {

  List<R> run(List<TokenizedText> sequences);
}
