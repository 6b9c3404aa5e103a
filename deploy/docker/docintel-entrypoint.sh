#!/bin/sh
# Starts one docintel service. The service is the first argument (a main class such as
# io.docintel.classifier.ClassifierApp, or a short name such as classifier), else $DOCINTEL_SERVICE.
# The class path is a wildcard: a long explicit -cp once crashed ONNX Runtime's native loader.
set -eu

service="${1:-${DOCINTEL_SERVICE:-}}"
[ "$#" -gt 0 ] && shift
case "$service" in
  normalizer) main=io.docintel.normalizer.NormalizerApp ;;
  extractor) main=io.docintel.extractor.ExtractorApp ;;
  classifier) main=io.docintel.classifier.ClassifierApp ;;
  summarizer) main=io.docintel.summarizer.SummarizerApp ;;
  enricher) main=io.docintel.enricher.EnricherApp ;;
  drift-monitor) main=io.docintel.drift.DriftMonitorApp ;;
  gateway) main=io.docintel.gateway.GatewayApp ;;
  schema-registry) main=io.docintel.registry.SchemaRegistryApp ;;
  io.docintel.*) main="$service" ;;
  "") main=io.docintel.cli.DocintelCommand ;;
  *) echo "docintel: unknown service '$service'" >&2; exit 2 ;;
esac

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options.
exec java ${JAVA_OPTS:-} -cp "/app/lib/*:/app/docintel.jar" "$main" "$@"
