import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { repoRoot } from '../common/paths';

/** The code of every refusal of an operation outside the manifest. */
export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

/** Written by `npm run codegen` from schema/operations (Apollo's persisted-query manifest format). */
export const DEFAULT_MANIFEST = 'schema/trusted-documents.json';

interface Manifest {
  format: string;
  version: number;
  operations: { id: string; name: string; type: string; body: string }[];
}

/** What a client sent: the operation's text, its id, or both. */
export interface OperationRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type Resolution = { query: string; name: string } | { error: string };

const HEX = /^[0-9a-f]{64}$/;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The id a request names: `documentId` ("sha256:<hex>" or "<hex>") or the persisted-query extension's hash. */
function requestedId(request: OperationRequest): string | undefined {
  if (typeof request.documentId === 'string') return request.documentId.replace(/^sha256:/, '');
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * The manifest of trusted documents: the only operations a server started with
 * TRUSTED_DOCUMENTS=only runs. An operation is named by its id (the sha256 of its text in the
 * manifest) or sent as exactly that text; anything else is refused, naming what to do.
 */
export class TrustedDocuments {
  private readonly byId = new Map<string, { body: string; name: string }>();

  constructor(manifest: Manifest) {
    if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
      throw new Error('The trusted-documents manifest is not an apollo-persisted-query-manifest.');
    }
    for (const op of manifest.operations) {
      if (sha256(op.body) !== op.id) throw new Error(`The trusted-documents manifest's entry ${op.name} does not match its id; rerun npm run codegen.`);
      this.byId.set(op.id, { body: op.body, name: op.name });
    }
  }

  static load(file = path.join(repoRoot(), DEFAULT_MANIFEST)): TrustedDocuments {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`TRUSTED_DOCUMENTS=only, but the manifest ${file} cannot be read (set TRUSTED_DOCUMENTS_MANIFEST or run npm run codegen).`);
    }
    return new TrustedDocuments(JSON.parse(text) as Manifest);
  }

  get size(): number {
    return this.byId.size;
  }

  resolve(request: OperationRequest): Resolution {
    const id = requestedId(request);
    const query = typeof request.query === 'string' && request.query.trim() !== '' ? request.query : undefined;
    if (id !== undefined) {
      const known = HEX.test(id) ? this.byId.get(id) : undefined;
      if (!known) {
        return { error: `No trusted document has the id "${id}". This server runs only the operations of its trusted-documents manifest; regenerate the client (npm run codegen) and send an id it lists.` };
      }
      if (query !== undefined && query !== known.body) {
        return { error: `The query sent is not the trusted document "${known.name}" its id names; send the id alone.` };
      }
      return { query: known.body, name: known.name };
    }
    if (query !== undefined) {
      const known = this.byId.get(sha256(query));
      if (known) return { query: known.body, name: known.name };
    }
    return {
      error: 'This server runs only trusted documents: send the operation by its id (extensions.persistedQuery.sha256Hash or documentId, as the typed client does), not as free text.',
    };
  }

  /** The refusal as a GraphQL error, for the WebSocket transport. */
  static refusal(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: TRUSTED_DOCUMENT_REQUIRED } });
  }

  /**
   * Express middleware in front of Apollo: a trusted request continues with the manifest's
   * text (and without the persisted-query extension, which Apollo would otherwise look up in
   * its own cache); anything else is answered 400 with TRUSTED_DOCUMENT_REQUIRED.
   */
  middleware(): express.RequestHandler {
    return (req, res, next) => {
      const refuse = (message: string) => {
        res.status(400).json({ errors: [{ message, extensions: { code: TRUSTED_DOCUMENT_REQUIRED } }] });
      };
      if (req.method === 'GET') {
        const params = req.query as Record<string, unknown>;
        let extensions: unknown;
        try {
          extensions = typeof params.extensions === 'string' ? JSON.parse(params.extensions) : undefined;
        } catch {
          extensions = undefined;
        }
        const resolved = this.resolve({ query: params.query, documentId: params.documentId, extensions });
        // A GET can carry the text only: the id form is for POST.
        if ('error' in resolved) return refuse(resolved.error);
        if (params.query !== resolved.query) return refuse('Over GET, send the trusted document\'s exact text; send its id with POST.');
        return next();
      }
      const body = req.body as unknown;
      if (Array.isArray(body) || typeof body !== 'object' || body === null) return next();
      const request = body as OperationRequest & Record<string, unknown>;
      const resolved = this.resolve(request);
      if ('error' in resolved) return refuse(resolved.error);
      request.query = resolved.query;
      delete request.documentId;
      if (request.extensions && typeof request.extensions === 'object') {
        const { persistedQuery: _persisted, ...rest } = request.extensions as Record<string, unknown>;
        request.extensions = rest;
      }
      next();
    };
  }
}
