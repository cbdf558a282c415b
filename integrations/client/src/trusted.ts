import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { documentIds } from './document-ids.js';

/** The operation's name in a typed document (each has exactly one operation). */
export function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation?.name) throw new Error('The document has no named operation.');
  return operation.name.value;
}

/**
 * The trusted-document id (sha256 of the manifest's text) of one of the package's operations,
 * or undefined for a document the manifest does not hold.
 */
export function documentId(document: DocumentNode): string | undefined {
  const name = operationName(document);
  return (documentIds as Record<string, string>)[name];
}

/** The persisted-query extension that names a trusted document by its hash. */
export interface PersistedQueryExtension {
  persistedQuery: { version: 1; sha256Hash: string };
}

/**
 * The request body for a server running with TRUSTED_DOCUMENTS=only: the operation is sent by
 * hash (Apollo's persisted-query extension), without its text.
 */
export function trustedRequest<Variables>(document: DocumentNode, variables?: Variables): { operationName: string; variables?: Variables; extensions: PersistedQueryExtension } {
  const id = documentId(document);
  if (!id) throw new Error(`${operationName(document)} is not in the trusted-documents manifest; add it under schema/operations and run npm run codegen.`);
  return { operationName: operationName(document), ...(variables === undefined ? {} : { variables }), extensions: { persistedQuery: { version: 1, sha256Hash: id } } };
}
