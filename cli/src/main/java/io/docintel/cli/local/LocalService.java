package io.docintel.cli.local;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.StreamsService;
import java.util.List;
import java.util.function.Function;

/**
 * A docintel service the local stack runs inside its own JVM: its name, the settings it reads,
 * how it starts from validated config (the same function its own {@code main} uses), and whether
 * it runs a model, in which case it gets one stream thread per partition (unless
 * {@code DOCINTEL_STREAMS_THREADS} says otherwise), so that a short document is not held up behind
 * a long one on another partition, and one ONNX Runtime thread per operator (unless
 * {@code DOCINTEL_INFERENCE_INTRA_OP_THREADS} says otherwise): the services' batchers already keep
 * the cores busy, and more threads per operator only contend with them (see BENCHMARKS.md).
 */
public record LocalService(String name, List<Setting<?>> settings, Function<Config, StreamsService> starter,
    boolean runsModel) {}
