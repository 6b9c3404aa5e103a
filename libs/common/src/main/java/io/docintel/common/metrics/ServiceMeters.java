package io.docintel.common.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Prometheus registry of one service, with JVM and process metrics bound and the common tag
 * {@code service}. Code that Kafka builds, and so has no registry handed to it (exception
 * handlers), finds its service's registry with {@link #of}; the registry is also added to
 * Micrometer's global one for libraries that only know that.
 */
public final class ServiceMeters {

  private static final Map<String, MeterRegistry> BY_SERVICE = new ConcurrentHashMap<>();

  private ServiceMeters() {}

  /** The registry {@link #create} made for {@code service}, or the global one if none was made. */
  public static MeterRegistry of(String service) {
    return BY_SERVICE.getOrDefault(service, Metrics.globalRegistry);
  }

  public static PrometheusMeterRegistry create(String service) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", service);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Metrics.addRegistry(registry);
    BY_SERVICE.put(service, registry);
    return registry;
  }
}
