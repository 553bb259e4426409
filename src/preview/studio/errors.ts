// The validator's errors (src/service/validate.ts) as the form shows them: one per input.
import type { ProfileError } from '../../service/validate';
import { FIELDS } from './fields';

/** The form field an error belongs to: the field itself, or the text it is part of (`title.cy` → `title`). */
export function formField(field: string): string {
  if (field in FIELDS) return field;
  const parts = field.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    if (prefix in FIELDS) return prefix;
  }
  return field;
}

/** The first error for each form field, in the order the validator found them. */
export function errorsByField(errors: readonly ProfileError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) {
    const field = formField(e.field);
    if (!map.has(field)) map.set(field, e.field === field ? e.message : `${e.field.slice(field.length + 1)}: ${e.message}`);
  }
  return map;
}
