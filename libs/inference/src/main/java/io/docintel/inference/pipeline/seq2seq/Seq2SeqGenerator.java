package io.docintel.inference.pipeline.seq2seq;

import io.docintel.inference.batch.PaddedBatch;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelTask;
import io.docintel.inference.runtime.EncoderExecution;
import io.docintel.inference.runtime.FloatTensor;
import io.docintel.inference.tokenize.TokenizedText;
import java.util.List;
import java.util.Set;

/**
 * Text-to-text generation with an Optimum seq2seq export (encoder + decoder, optionally with
 * past). In: a text (truncated to the model's maximum length) and {@link GenerationSettings}.
 * Out: a {@link Generation}. The KV cache is used when the export has it, unless disabled.
 * Thread-safe (each call has its own decoder state); does not own the model.
 */
public final class Seq2SeqGenerator {

  private final LoadedModel model;
  private final long startId;
  private final long eosId;

  public Seq2SeqGenerator(LoadedModel model) {
    if (model.task() != ModelTask.SEQ2SEQ) {
      throw new IllegalArgumentException("Model " + model.identity() + " is a " + model.task().hfName()
          + " model, not text2text-generation");
    }
    this.model = model;
    long start = model.config().decoderStartTokenId();
    this.startId = start >= 0 ? start : model.config().padTokenId();
    this.eosId = model.config().eosTokenId();
    if (startId < 0 || eosId < 0) {
      throw new IllegalArgumentException("Model " + model.identity()
          + ": config.json needs decoder_start_token_id (or pad_token_id) and eos_token_id");
    }
  }

  public Generation generate(String text, GenerationSettings settings) {
    return generate(text, settings, true);
  }

  public Generation generate(String text, GenerationSettings settings, boolean useKvCache) {
    TokenizedText input = model.tokenizer().encode(text, model.manifest().maxLength());
    PaddedBatch batch = PaddedBatch.of(List.of(input), Math.max(0, model.config().padTokenId()));
    FloatTensor hidden = EncoderExecution.run(model.session(), batch, Set.of("last_hidden_state"));
    OnnxDecoderScorer scorer = new OnnxDecoderScorer(model, hidden, batch.attentionMask(), useKvCache);
    GeneratedSequence best = Decoding.generate(scorer, startId, eosId, settings);
    return new Generation(model.tokenizer().decode(best.tokens(), true), best.tokens(), best.score(),
        best.finished(), scorer.cachedSteps(), model.identity());
  }
}
