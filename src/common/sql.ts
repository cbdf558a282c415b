/**
 * SQL text with its `?` parameters kept beside it, so fragments built in different places
 * (a filter here, a row scope there) join up without anyone counting placeholders.
 */
export interface Sql {
  text: string;
  params: unknown[];
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value && Array.isArray((value as Sql).params);
}

/** `sql\`a = ${value} and ${fragment}\``: plain values become `?` parameters (arrays an `array[...]` of them), fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else if (Array.isArray(value)) {
      // The driver would spread an array parameter into a list; an array constructor keeps it one value.
      text += `array[${value.map(() => '?').join(', ')}]`;
      params.push(...(value as unknown[]));
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1];
  });
  return { text, params };
}

/** Trusted SQL text without parameters (column names, literals built from our own enums). */
export function rawSql(text: string): Sql {
  return { text, params: [] };
}

export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) };
}

/** A quoted SQL list of our own enum values: `('ISSUED', 'SIGNED')`. */
export function sqlValues(values: readonly string[]): string {
  return `(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}

/** A timestamptz as JSON would carry a JavaScript Date (`toISOString`: UTC, milliseconds, `Z`). */
export function isoTimeSql(expression: string): string {
  return `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
