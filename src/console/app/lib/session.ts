/**
 * Who is signed in on each screen: a bearer token (from Keycloak in production, or a development
 * token minted by the platform in development), kept for the browser tab only.
 */
export type Screen = 'desk' | 'unit' | 'leadership';

export interface Session {
  token: string;
  roles: string[];
  unit?: string;
  name: string;
  expiresAt: number;
}

const key = (screen: Screen) => `l110.session.${screen}`;

/** Reads the claims a console needs for display; the server checks the token itself. */
export function sessionFromToken(token: string): Session {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const json = decodeURIComponent(
    atob(part.replace(/-/g, '+').replace(/_/g, '/'))
      .split('')
      .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .join(''),
  );
  const claims = JSON.parse(json) as { realm_access?: { roles?: string[] }; unit?: string; name?: string; preferred_username?: string; sub?: string; exp?: number };
  return {
    token,
    roles: claims.realm_access?.roles ?? [],
    unit: claims.unit,
    name: claims.name ?? claims.preferred_username ?? claims.sub ?? '',
    expiresAt: (claims.exp ?? 0) * 1000,
  };
}

export function loadSession(screen: Screen): Session | undefined {
  const token = sessionStorage.getItem(key(screen));
  if (!token) return undefined;
  try {
    const session = sessionFromToken(token);
    return session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(screen: Screen, token: string): Session {
  const session = sessionFromToken(token);
  sessionStorage.setItem(key(screen), token);
  return session;
}

export function clearSession(screen: Screen): void {
  sessionStorage.removeItem(key(screen));
}
