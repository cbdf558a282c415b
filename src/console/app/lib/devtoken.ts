import { ServerError } from './gql';

/**
 * Where the platform mints development tokens: the explorer's endpoint, served in development
 * auth mode outside production only (with EXPLORER off it is absent too: paste a token instead).
 */
export const DEV_TOKEN_URL = '/explorer/dev-token';

export async function mintDevToken(role: string, unit?: string): Promise<string> {
  const res = await fetch(DEV_TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...(unit ? { unit } : {}) }),
  });
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: { code?: string; message?: string } };
  if (!res.ok || !body.token) throw new ServerError(body.error?.code ?? `HTTP_${res.status}`, body.error?.message ?? res.statusText);
  return body.token;
}
