package io.docintel.inference.pipeline.tokens;

import io.docintel.inference.model.ModelIdentity;
import java.util.List;

/** Entities found in one text, in text order, with the model that found them and the windows used. */
public record TokenClassification(List<Entity> entities, ModelIdentity model, int windows) {
}
