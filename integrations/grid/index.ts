export * from './grid.port';
export {
  GRID_MAPPING_ENV,
  GridMappingError,
  loadGridMapping,
  ORDER_STATUSES,
  parseGridMapping,
  SEEDED_UNIT_CODES,
  type GridMapping,
  type GridMappingFile,
  type GridMappingProblem,
  type GridMappingProblemCode,
  type OrderStatusName,
} from './mapping';
export {
  createGridHttpAdapter,
  DEFAULT_GRID_TIMEOUT_MS,
  GRID_HTTP_ENV,
  gridHttpSettingsFromEnv,
  GridSettingsError,
  type GridHttpSettings,
} from './http.adapter';
export {
  computeWebhookSignature,
  createWebhookVerifier,
  decodeWebhookSecret,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  generateWebhookSecret,
  InMemorySeenWebhookIds,
  signWebhook,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WebhookSecretError,
  WebhookVerificationError,
  type SeenWebhookIds,
  type SignedWebhookHeaders,
  type VerifiedWebhook,
  type WebhookRejectionReason,
  type WebhookRequest,
  type WebhookVerifier,
  type WebhookVerifierOptions,
} from './webhook-signature';
export { GridFeedbackError, parseGridWebhookEvent } from './feedback';
export type { JsonProblem } from './contract';
