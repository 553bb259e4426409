// Reads a service profile from disk for the build and `npm run package`: the languages
// come from locales/, a logo may be given as a file beside the profile (logo.svg or
// logo.png) and is put in as a data: address, and every problem is named by field.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ServiceProfile } from '../src/service/profile';
import { formatErrors, validateProfile } from '../src/service/validate';

/** The languages a learner may be offered: every locale file but the pseudo-locale. */
export function learnerLanguages(root = process.cwd()): string[] {
  const dir = resolve(root, 'locales');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !(JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { _meta?: { pseudo?: boolean } })._meta?.pseudo)
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export class ProfileFileError extends Error {
  override name = 'ProfileFileError';
}

const LOGO_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

export function readProfileFile(path: string, languages: readonly string[]): ServiceProfile {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is not there' : `it is not valid JSON (${(error as Error).message})`;
    throw new ProfileFileError(`${path}: cannot read the service profile: ${why}`);
  }
  inlineLogo(input, dirname(path));
  const { profile, errors } = validateProfile(input, languages);
  if (errors.length) throw new ProfileFileError(`${path} has ${errors.length} problem(s):\n${formatErrors(errors)}`);
  return profile;
}

/** `"src": "logo.svg"` → the file's contents as a data: address (the validator checks them). */
function inlineLogo(input: unknown, dir: string): void {
  const logo = (input as { organisation?: { logo?: { src?: unknown } } } | null)?.organisation?.logo;
  const src = logo?.src;
  if (!logo || typeof src !== 'string' || src.startsWith('data:')) return;
  const type = LOGO_TYPES[src.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) return;
  try {
    logo.src = `data:${type};base64,${readFileSync(resolve(dir, src)).toString('base64')}`;
  } catch {
    throw new ProfileFileError(`organisation.logo.src: the file "${src}" is not there (it is looked for beside the profile)`);
  }
}
