package io.docintel.cli.bench.footprint;

import io.docintel.cli.bench.e2e.Arrivals;
import io.docintel.cli.bench.e2e.BenchCorpus;
import io.docintel.cli.bench.e2e.StackLoad;
import io.docintel.cli.bench.measure.PeakRss;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.testkit.SampleDocuments;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel bench footprint}: the resident memory of {@code docintel local}, the whole stack in its own process. */
@Command(name = "footprint", mixinStandardHelpOptions = true,
    description = {"Starts `docintel local` as a child process (this jar, the JVM options ./docintel uses: "
        + "cli/jvm.options, then DOCINTEL_JAVA_OPTS), posts the sample documents and a generated corpus through "
        + "it, and reports the child's resident set once it is up (every model loaded) and its peak (VmHWM) "
        + "after the documents went through: the whole stack's figure, broker, registry and every service."})
public final class FootprintBenchCommand implements Callable<Integer> {

  private static final double MIB = 1024.0 * 1024.0;

  @Option(names = "--documents", defaultValue = "24", description = "generated documents after the samples (default: ${DEFAULT-VALUE})")
  int documents;

  @Option(names = "--lengths", split = ",", defaultValue = "1,4,16,64",
      description = "chunk counts the generated documents cycle through (default: ${DEFAULT-VALUE})")
  List<Integer> lengths;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the generated documents (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--java-options",
      description = "JVM options of the child instead of cli/jvm.options and DOCINTEL_JAVA_OPTS, e.g. '-Xmx2g'")
  String javaOptions;

  @Option(names = "--native-memory",
      description = "also run the child with Native Memory Tracking and print its summary by area at the end "
          + "(the JVM's own accounting: heap, classes, code, threads, GC...; needs jcmd of the JDK)")
  boolean nativeMemory;

  @Option(names = "--timeout", defaultValue = "10m", description = "longest wait for start and for the documents (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    Path jar = Path.of(FootprintBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("run this from the built jar (./docintel bench footprint), not from " + jar);
    }
    List<String> options = new ArrayList<>(javaOptions != null ? split(javaOptions) : defaultJvmOptions(jar));
    if (nativeMemory) {
      options.add("-XX:NativeMemoryTracking=summary");
    }
    File log = Files.createTempFile("docintel-footprint-", ".log").toFile();
    System.err.println("starting docintel local as a child process (" + String.join(" ", options) + "); its log: " + log);
    BenchCorpus corpus = BenchCorpus.of(SampleDocuments.all().size() + documents, lengths, seed);
    try (LocalChild child = LocalChild.start(jar, options, log, timeout);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", child.registryUrl()))) {
      long started = PeakRss.currentBytes(child.pid());
      long startedPeak = PeakRss.peakBytes(child.pid());
      Topics topics = new Topics(serdes);
      StackLoad load = StackLoad.of(child.bootstrapServers(), topics);
      System.err.println("posting " + corpus.size() + " documents…");
      StackLoad.Outcome outcome = load.run(corpus.files(), "bench-footprint", Arrivals.ALL_AT_ONCE, timeout);
      long peak = PeakRss.peakBytes(child.pid());
      long after = PeakRss.currentBytes(child.pid());
      System.out.println("# docintel local: resident memory of the whole stack in its own process");
      System.out.printf(Locale.ROOT, "# reproduce: ./docintel bench footprint --documents %d --lengths %s --seed %d%s%n",
          documents, String.join(",", lengths.stream().map(String::valueOf).toList()), seed,
          javaOptions == null ? "" : " --java-options '" + javaOptions + "'");
      System.out.println("# JVM options: " + (options.isEmpty() ? "(none: the JVM's defaults)" : String.join(" ", options)));
      System.out.printf(Locale.ROOT, "%-44s %9s%n", "", "MiB");
      System.out.printf(Locale.ROOT, "%-44s %9.0f%n", "resident once up (every model loaded)", started / MIB);
      System.out.printf(Locale.ROOT, "%-44s %9.0f%n", "peak while starting (VmHWM)", startedPeak / MIB);
      System.out.printf(Locale.ROOT, "%-44s %9.0f%n", "resident after " + corpus.size() + " documents", after / MIB);
      System.out.printf(Locale.ROOT, "%-44s %9.0f%n", "peak, start and documents (VmHWM)", peak / MIB);
      System.out.printf(Locale.ROOT, "(%d documents enriched in %.1f s)%n", corpus.size(), outcome.seconds());
      if (nativeMemory) {
        System.out.println();
        System.out.println("Native Memory Tracking (committed is what can be resident; memory the JVM does not "
            + "allocate itself, such as ONNX Runtime's and RocksDB's, is not in it):");
        NativeMemorySummary.of(child.pid()).forEach(System.out::println);
      }
      return 0;
    }
  }

  /** What ./docintel gives the JVM: the argument file cli/jvm.options beside the build, then DOCINTEL_JAVA_OPTS. */
  static List<String> defaultJvmOptions(Path jar) {
    List<String> options = new ArrayList<>();
    Path argFile = jar.toAbsolutePath().getParent().getParent().resolve("jvm.options");
    if (Files.isRegularFile(argFile)) {
      options.add("@" + argFile);
    }
    options.addAll(split(System.getenv().getOrDefault("DOCINTEL_JAVA_OPTS", "")));
    return options;
  }

  static List<String> split(String options) {
    return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }
}
