/**
 * The one rule for text a client may send: Unicode scalar values other than control
 * characters, tab and newline excepted. PostgreSQL refuses NUL in text, a lone surrogate
 * cannot be stored in jsonb, and the other controls have no place in what a dispatcher types.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Cs}/u;

/** What is wrong with the text and where, or undefined when it may be stored. */
export function unsafeText(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = char.codePointAt(0)!;
  const name =
    code === 0 ? 'a NUL character' : code >= 0xd800 && code <= 0xdfff ? 'a lone surrogate (broken UTF-16)' : 'a control character';
  return `${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at position ${match.index}`;
}

/** Every string in a value (nested input objects and lists too) with its path, the first unsafe one reported. */
export function findUnsafeText(value: unknown, path: string): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    const problem = unsafeText(value);
    return problem ? { path, problem } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findUnsafeText(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}
