/**
 * @linkage110/client: the linkage110 platform's GraphQL types, typed documents for every
 * operation in schema/operations, the live feeds' resume helper and trusted-document ids.
 */
export * from './graphql.js';
export * from './json.js';
export { resumableFeed, type FeedResult, type FeedTransport, type ResumableFeed, type ResumableFeedOptions } from './resume.js';
export { documentId, operationName, trustedRequest, type PersistedQueryExtension } from './trusted.js';
export { documentIds, type TrustedOperationName } from './document-ids.js';
