package io.docintel.classifier.stream;

/** Names of the classifier's state stores and of its internal prototype topic. */
public final class ClassifierStores {

  /**
   * Window store, per partition, changelogged: document id → the embeddings of the models that
   * classified it ({@code DocumentEmbeddings}), kept for the feedback retention.
   */
  public static final String DOCUMENT_EMBEDDINGS = "document-embeddings";
  /**
   * Key-value store of the single learning task, changelogged: learned examples per model and
   * label and each model's prototype version (layout: {@code PrototypeStoreKeys}).
   */
  public static final String LEARNING = "prototype-learning";
  /** Global store, a copy of {@link #PROTOTYPES_TOPIC} on every instance, read by every task. */
  public static final String PROTOTYPES = "prototypes";
  /**
   * Compacted single-partition topic the learning task writes its changes to; the source of
   * the global {@link #PROTOTYPES} store. Created by {@code ClassifierApp}.
   */
  public static final String PROTOTYPES_TOPIC = "docintel.classifier.prototypes.v1";

  private ClassifierStores() {}
}
