package io.docintel.cli.local;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.StreamsService;
import java.util.List;
import java.util.function.Function;

/**
 * A docintel service the local stack runs inside its own JVM: its name, the settings it reads,
 * and how it starts from validated config (the same function its own {@code main} uses).
 */
public record LocalService(String name, List<Setting<?>> settings, Function<Config, StreamsService> starter) {}
