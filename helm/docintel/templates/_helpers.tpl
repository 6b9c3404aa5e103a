{{/* Chart name, release-scoped full name and labels shared by every object. */}}
{{- define "docintel.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "docintel.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Name of one component's objects: <fullname>-<component>. Call with (dict "root" $ "component" "x"). */}}
{{- define "docintel.componentName" -}}
{{- printf "%s-%s" (include "docintel.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "docintel.selectorLabels" -}}
app.kubernetes.io/name: {{ include "docintel.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "docintel.labels" -}}
{{ include "docintel.selectorLabels" . }}
app.kubernetes.io/part-of: docintel
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of chart-wide objects (ConfigMap, Secret, rules). */}}
{{- define "docintel.commonLabels" -}}
{{ include "docintel.labels" (dict "root" . "component" "common") }}
{{- end -}}

{{- define "docintel.registryUrl" -}}
{{- if .Values.registry.deploy -}}
{{- printf "http://%s:%v" (include "docintel.componentName" (dict "root" . "component" "schema-registry")) .Values.registry.port -}}
{{- else -}}
{{- required "registry.externalUrl is required when registry.deploy is false" .Values.registry.externalUrl -}}
{{- end -}}
{{- end -}}

{{- define "docintel.maxReplicas" -}}
{{- $max := int (default .Values.kafka.partitions .Values.autoscaling.maxReplicas) -}}
{{- if gt $max (int .Values.kafka.partitions) }}{{ .Values.kafka.partitions }}{{ else }}{{ $max }}{{ end -}}
{{- end -}}

{{- define "docintel.saslEnabled" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{- define "docintel.gatewaySecretName" -}}
{{- default (printf "%s-gateway" (include "docintel.fullname" .)) .Values.gateway.existingSecret -}}
{{- end -}}

{{- define "docintel.kafkaSecretName" -}}
{{- default (printf "%s-kafka" (include "docintel.fullname" .)) .Values.kafka.sasl.existingSecret -}}
{{- end -}}

{{/* Kafka security variables (the JAAS line is assembled from Secret-backed variables). */}}
{{- define "docintel.kafkaSecurityEnv" -}}
{{- if include "docintel.saslEnabled" . }}
- name: KAFKA_SASL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "docintel.kafkaSecretName" . }}
      key: username
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "docintel.kafkaSecretName" . }}
      key: password
- name: DOCINTEL_KAFKA_SASL_MECHANISM
  value: {{ required "kafka.sasl.mechanism is required with SASL" .Values.kafka.sasl.mechanism | quote }}
- name: DOCINTEL_KAFKA_SASL_JAAS_CONFIG
  {{- if eq .Values.kafka.sasl.mechanism "PLAIN" }}
  value: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="$(KAFKA_SASL_USERNAME)" password="$(KAFKA_SASL_PASSWORD)";'
  {{- else }}
  value: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="$(KAFKA_SASL_USERNAME)" password="$(KAFKA_SASL_PASSWORD)";'
  {{- end }}
{{- end }}
{{- end -}}

{{- define "docintel.usesGpu" -}}
{{- if and .root.Values.gpu.enabled (has .component .root.Values.gpu.services) -}}true{{- end -}}
{{- end -}}

{{- define "docintel.image" -}}
{{- if include "docintel.usesGpu" . -}}
{{- printf "%s:%s" .root.Values.gpu.image.repository (default .root.Chart.AppVersion .root.Values.gpu.image.tag) -}}
{{- else -}}
{{- printf "%s:%s" .root.Values.image.repository (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* Probes on the service's health endpoints; call with the port name or number. */}}
{{- define "docintel.probes" -}}
startupProbe:
  httpGet:
    path: /health/live
    port: {{ . }}
  periodSeconds: 5
  failureThreshold: 60
livenessProbe:
  httpGet:
    path: /health/live
    port: {{ . }}
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /health/ready
    port: {{ . }}
  periodSeconds: 5
  failureThreshold: 3
{{- end -}}

{{/* KEDA's name of the SASL mechanism: plaintext, scram_sha256 or scram_sha512. */}}
{{- define "docintel.kedaSasl" -}}
{{- $m := upper .Values.kafka.sasl.mechanism -}}
{{- if eq $m "PLAIN" }}plaintext{{ else if eq $m "SCRAM-SHA-256" }}scram_sha256{{ else }}scram_sha512{{ end -}}
{{- end -}}
