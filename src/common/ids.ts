import { BadInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects a malformed id before it reaches SQL, where it would be a type error. */
export function assertId(id: string, what: string): string {
  if (typeof id !== 'string' || !UUID.test(id)) throw new BadInputError(`"${id}" is not a valid ${what} id.`, { id });
  return id.toLowerCase();
}
