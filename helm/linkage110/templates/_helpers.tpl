{{/* Names, labels and the checks every render runs. */}}

{{- define "linkage110.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release-qualified name; the release name alone when it already contains the chart name. */}}
{{- define "linkage110.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "linkage110.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels: fixed for the life of a release, so never the version. */}}
{{- define "linkage110.selectorLabels" -}}
app.kubernetes.io/name: {{ include "linkage110.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: api
{{- end -}}

{{- define "linkage110.labels" -}}
{{ include "linkage110.selectorLabels" . }}
helm.sh/chart: {{ include "linkage110.chart" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: linkage110
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* metadata.annotations for every object: commonAnnotations, or nothing. */}}
{{- define "linkage110.annotations" -}}
{{- with .Values.commonAnnotations -}}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end -}}
{{- end -}}

{{- define "linkage110.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag | toString) -}}
{{- end -}}
{{- end -}}

{{- define "linkage110.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "linkage110.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "linkage110.secretName" -}}
{{- default (include "linkage110.fullname" .) .Values.existingSecret -}}
{{- end -}}

{{- define "linkage110.gridMappingConfigMapName" -}}
{{- printf "%s-grid-mapping" (include "linkage110.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Where the grid mapping is mounted; GRID_MAPPING_FILE names it. */}}
{{- define "linkage110.gridMappingPath" -}}
/etc/linkage110/grid-mapping.json
{{- end -}}

{{/*
Settings the platform cannot run without, and combinations it would refuse at start: refused
here, at render time, with the value to set. All problems are reported at once.
*/}}
{{- define "linkage110.validateValues" -}}
{{- $problems := list -}}
{{- if and (not .Values.existingSecret) (not .Values.database.url) -}}
{{- $problems = append $problems "database.url is required: the external PostgreSQL, postgres://user:password@host:5432/linkage110 (DATABASE_URL). Or name a Secret holding DATABASE_URL in existingSecret. The chart never runs the embedded PostgreSQL." -}}
{{- end -}}
{{- range $key := list "url" "realm" "clientId" -}}
{{- if not (get $.Values.keycloak $key) -}}
{{- $problems = append $problems (printf "keycloak.%s is required: the platform refuses to start in production without KEYCLOAK_URL, KEYCLOAK_REALM and KEYCLOAK_CLIENT_ID (integrations/keycloak/README.md)." $key) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.grid.apiUrl (not .Values.grid.apiKey) (not .Values.existingSecret) -}}
{{- $problems = append $problems "grid.apiKey is required with grid.apiUrl: the bearer key the grid platform issued (GRID_API_KEY), or put GRID_API_KEY in existingSecret." -}}
{{- end -}}
{{- if .Values.grid.mappingJson -}}
{{- $mapping := .Values.grid.mappingJson | fromJson -}}
{{- if hasKey $mapping "Error" -}}
{{- $problems = append $problems (printf "grid.mappingJson is not a JSON object: %s" (get $mapping "Error")) -}}
{{- end -}}
{{- end -}}
{{- $preStop := ternary 0 (int .Values.preStopSleepSeconds) (not (empty .Values.lifecycleHooks)) -}}
{{- $floor := add $preStop (div (add (int .Values.config.shutdownGraceMs) 999) 1000) 15 -}}
{{- if le (int .Values.terminationGracePeriodSeconds) (int $floor) -}}
{{- $problems = append $problems (printf "terminationGracePeriodSeconds (%d) must be above %d: preStopSleepSeconds + config.shutdownGraceMs in seconds + the 15 s the process allows itself after the grace before exiting; otherwise Kubernetes kills pods that are still draining." (int .Values.terminationGracePeriodSeconds) (int $floor)) -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) -}}
{{- $problems = append $problems "autoscaling.minReplicas must not exceed autoscaling.maxReplicas." -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (not .Values.autoscaling.targetCPU) (not .Values.autoscaling.targetMemory) -}}
{{- $problems = append $problems "autoscaling needs autoscaling.targetCPU or autoscaling.targetMemory." -}}
{{- end -}}
{{- if and .Values.pdb.create .Values.pdb.minAvailable .Values.pdb.maxUnavailable -}}
{{- $problems = append $problems "pdb: set pdb.minAvailable or pdb.maxUnavailable, not both." -}}
{{- end -}}
{{- if $problems -}}
{{- fail (printf "\n\nlinkage110: the values are incomplete or inconsistent:\n  - %s\n" (join "\n  - " $problems)) -}}
{{- end -}}
{{- end -}}
