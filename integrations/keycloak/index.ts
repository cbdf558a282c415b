export { ROLES, isRole, type Role, type Principal, type TokenVerifier } from './principal';
export {
  TOKEN_REJECTION_REASONS,
  TokenRejectedError,
  KeycloakSettingsError,
  DevModeError,
  type TokenRejectionReason,
  type DevModeErrorReason,
} from './keycloak.errors';
export { createKeycloakVerifier, type KeycloakSettings } from './keycloak.verifier';
export { createDevVerifier, signDevToken, devTokenParts, devKeyDir, devTokenCommand, DEV_ISSUER, DEV_AUDIENCE, type DevTokenClaims } from './dev.verifier';
