package io.docintel.cli.local;

import io.docintel.common.runtime.StreamsService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code docintel local}: the whole stack in one JVM until Ctrl-C. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = {"Run docintel in this JVM: a real Kafka broker, the schema registry and every service.",
        "Prints the endpoints, then runs until Ctrl-C, which stops everything cleanly and deletes its data.",
        "Service settings can be given as DOCINTEL_* environment variables (see the README)."})
public final class LocalCommand implements Callable<Integer> {

  @Mixin LocalStackOptions options;

  @Override
  public Integer call() throws InterruptedException {
    LocalStack stack = LocalStack.start(options, System.err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("stopping…");
      stack.close();
      stopped.countDown();
    }, "docintel-local-shutdown"));
    System.out.println("docintel is running. Ctrl-C stops it.");
    System.out.println("  Kafka bootstrap servers  " + stack.bootstrapServers());
    System.out.println("  schema registry          " + stack.registryUrl());
    for (StreamsService service : stack.services()) {
      System.out.printf("  %-24s http://localhost:%d/metrics  (/health/ready, /health/live)%n",
          service.name(), service.httpPort());
    }
    System.out.println("Post documents with:  ./docintel post -b " + stack.bootstrapServers()
        + " -r " + stack.registryUrl() + " FILE|DIR...");
    stopped.await();
    return 0;
  }
}
