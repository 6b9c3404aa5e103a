package io.docintel.common.runtime;

/**
 * A service's HTTP side, started once its Kafka Streams instance exists. Most services serve only
 * {@link HttpEndpoints} (health and metrics); a service with an API of its own (the gateway)
 * serves those routes next to it on the same port.
 */
@FunctionalInterface
public interface ServiceHttp {

  /** Starts serving for {@code service} and returns the running server. */
  Running start(StreamsService service);

  /** A running HTTP server. */
  interface Running extends AutoCloseable {

    /** The port actually bound. */
    int port();

    @Override
    void close();
  }

  /** Health and metrics only, on {@code port} (0 picks a free one). */
  static ServiceHttp endpointsOnly(int port) {
    return service -> HttpEndpoints.start(port, service::live, service::ready, service.meters());
  }
}
