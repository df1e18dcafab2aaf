import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of an attribute that takes one of `values`, the first being its default: an
 * attribute removed, or a value not among them, reads as the default (Lit's own reads `null`
 * after a removal, and the unknown text as it is, neither of them in the property's type). The
 * attribute stays as the page wrote it, and the element behaves as with the default.
 */
export const keywordAttribute = <T extends string>(...values: readonly [T, ...T[]]): ComplexAttributeConverter<T> => ({
  fromAttribute: (value) => keyword(values, value),
});

/**
 * `value` when it is one of `values`, else the first (the default): what an attribute reads, and
 * what a property set from script (`el.theme = 'blue'`) is made at the next update.
 */
export const keyword = <T extends string>(values: readonly [T, ...T[]], value: unknown): T => (values.includes(value as T) ? (value as T) : values[0]);

/** The converter of an optional text attribute: a removed one reads as `undefined` (Lit's own reads `null`). */
export const optionalAttribute: ComplexAttributeConverter<string | undefined> = { fromAttribute: (value) => value ?? undefined };
