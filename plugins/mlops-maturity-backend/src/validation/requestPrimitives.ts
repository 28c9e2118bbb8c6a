import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/*
 * The building blocks of the request schemas: each one's messages name the
 * parameter or property, and the request part is prefixed by parseOrThrow.
 */

/** The largest integer every supported database stores in an integer column. */
export const MAX_INTEGER = 2_147_483_647;

// The catalog's own rules for kinds, namespaces and names.
export const KIND = /^[a-zA-Z][a-zA-Z0-9]*$/;
export const NAME = /^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$/;

/** Printable text: PostgreSQL cannot store U+0000 and no filter needs control characters. */
export const printable = (schema: z.ZodString, what: string) =>
  schema.regex(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /^[^\u0000-\u001F\u007F]*$/,
    `${what} must not contain control characters`,
  );

export const segment = (what: string, pattern: RegExp) =>
  z
    .string()
    .max(63, `${what} must be at most 63 characters`)
    .regex(pattern, `${what} must match ${pattern.source}`);

export const objectBody = <T extends z.ZodRawShape>(shape: T, names: string) =>
  z
    .object(shape, {
      invalid_type_error: `the request body must be a JSON object { ${names} }`,
    })
    .strict();

/** Query parameters arrive as a string, a list of strings, or (from qs) an object. */
function queryValues(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map(v => {
    if (typeof v !== 'string') {
      throw new TypeError(
        `${key} must be a plain value, got ${JSON.stringify(v)}`,
      );
    }
    return v;
  });
}

export const single = (key: string) =>
  z.preprocess(
    v => (Array.isArray(v) && v.length === 1 ? v[0] : v),
    z.string({ invalid_type_error: `${key} may be given once` }).optional(),
  );

export const list = (key: string, item: z.ZodTypeAny) =>
  z.preprocess(v => {
    try {
      return queryValues(v, key);
    } catch (e) {
      return e;
    }
  }, z.array(item, { invalid_type_error: `${key} must be a plain value or a list of them` }).max(100, `${key} may be given at most 100 times`));

/** A full or shorthand entity ref whose parts follow the catalog's rules, lowercased. */
export function normalizeRef(
  value: string,
  defaultKind: string,
): string | undefined {
  try {
    const ref = parseEntityRef(value, {
      defaultKind,
      defaultNamespace: 'default',
    });
    const valid =
      KIND.test(ref.kind) && NAME.test(ref.namespace) && NAME.test(ref.name);
    return valid
      ? stringifyEntityRef(ref).toLocaleLowerCase('en-US')
      : undefined;
  } catch {
    return undefined;
  }
}

export const bool = (key: string) =>
  single(key)
    .pipe(
      z
        .enum(['true', 'false'], {
          errorMap: () => ({ message: `${key} must be true or false` }),
        })
        .optional(),
    )
    .transform(v => (v === undefined ? undefined : v === 'true'));

export const int = (key: string, min: number, max: number) =>
  single(key).pipe(
    z
      .string()
      .regex(/^\d+$/, `${key} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, `${key} must be at least ${min}`)
          .max(max, `${key} must be at most ${max}`),
      )
      .optional(),
  );
