export type RoutingInputErrorCode =
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LONG'
  | 'INVALID_TEXT'
  | 'INVALID_LIMIT'
  | 'EMPTY_CHOICE'
  | 'UNKNOWN_UNIT'
  | 'INVALID_CATALOGUE'
  | 'INVALID_CATEGORY';

/** Every message says what to do next, in English and in Chinese for the 110 desk. */
export class RoutingInputError extends Error {
  readonly code: RoutingInputErrorCode;

  constructor(code: RoutingInputErrorCode, message: string) {
    super(message);
    this.name = 'RoutingInputError';
    this.code = code;
  }
}
