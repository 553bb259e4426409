// Checks a service profile (service.json) and says, field by field and in plain words,
// what is wrong. Used by the build, `npm run package` and the browser, so it uses only
// what every JavaScript platform has (no Node APIs): URL, atob, TextDecoder.
import { defaultProfile, LOGO_MAX_BYTES, SCORM12_REPORTINGS, STATEMENT_STATUSES, type ServiceLogo, type ServiceProfile, type ServiceText } from './profile';
import { isRecord } from '../shared/json';

export interface ProfileError {
  /** The field's dotted name, as in service.json, e.g. "contact.phone". */
  field: string;
  message: string;
}

export interface ProfileResult {
  /** The profile with defaults for every missing field; the defaults where a field is wrong. */
  profile: ServiceProfile;
  errors: ProfileError[];
}

/** One line per error, e.g. "contact.phone: has letters in it …". */
export const formatErrors = (errors: readonly ProfileError[]): string => errors.map((e) => `${e.field}: ${e.message}`).join('\n');

const TEXT_MAX = 300;
const TITLE_MAX = 200;
/** Anything that looks like a tag, a comment or an entity: profile text is shown as text. */
const MARKUP = /<[a-z!/?]|&[a-z#][a-z0-9]*;/i;
const PHONE = /^\+?[0-9 ()-]+$/;
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LANG_CODE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Checks `input` (parsed service.json) against the languages the course has.
 * Unknown fields are errors too: a misspelt field would otherwise be silently ignored.
 */
export function validateProfile(input: unknown, languages: readonly string[]): ProfileResult {
  const errors: ProfileError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const profile = defaultProfile();
  if (!isRecord(input)) {
    fail('(file)', 'must be a JSON object, like the service.json that ships with the course');
    return { profile, errors };
  }

  const section = (name: string, keys: readonly string[]): Record<string, unknown> => {
    const value = input[name];
    if (value === undefined) return {};
    if (!isRecord(value)) {
      fail(name, 'must be an object with the fields ' + keys.join(', '));
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) fail(`${name}.${key}`, `is not a field of ${name} (check the spelling; it has ${keys.join(', ')})`);
    }
    return value;
  };
  const SECTIONS = ['$schema', 'title', 'organisation', 'contact', 'statement', 'tracking', 'languages'];
  for (const key of Object.keys(input)) {
    if (!SECTIONS.includes(key)) fail(key, `is not a field of the profile (check the spelling; it has ${SECTIONS.slice(1).join(', ')})`);
  }

  // Languages first: per-language text may only name offered languages.
  const lang = section('languages', ['offered', 'default']);
  const known = (field: string, code: unknown): code is string => {
    if (typeof code !== 'string' || !LANG_CODE.test(code)) {
      fail(field, `"${String(code)}" is not a language code like en-GB or cy`);
      return false;
    }
    if (!languages.includes(code)) {
      fail(field, `"${code}" is not a language of this course (it has ${languages.join(', ')})`);
      return false;
    }
    return true;
  };
  if (lang.offered !== undefined) {
    if (!Array.isArray(lang.offered)) fail('languages.offered', `must be a list of language codes, e.g. ["en-GB", "cy"]`);
    else {
      const offered = lang.offered.filter((code, i) => known(`languages.offered[${i}]`, code)) as string[];
      if (new Set(offered).size !== offered.length) fail('languages.offered', 'names a language twice');
      profile.languages.offered = [...new Set(offered)];
    }
  }
  if (lang.default !== undefined && lang.default !== '') {
    if (known('languages.default', lang.default)) {
      const offered = profile.languages.offered;
      if (offered.length > 0 && !offered.includes(lang.default)) {
        fail('languages.default', `"${lang.default}" is not among languages.offered (${offered.join(', ')})`);
      } else profile.languages.default = lang.default;
    }
  }
  const textLanguages = profile.languages.offered.length > 0 ? profile.languages.offered : languages;

  const text = (field: string, value: unknown, max = TEXT_MAX): ServiceText | undefined => {
    if (value === undefined) return undefined;
    const one = (f: string, t: unknown): t is string => {
      if (typeof t !== 'string') {
        fail(f, 'must be text in quotes');
        return false;
      }
      if (MARKUP.test(t)) {
        fail(f, 'has markup in it (like <b> or &amp;); write plain text, it is always shown as written');
        return false;
      }
      if (/[\u0000-\u001f\u007f]/.test(t)) {
        fail(f, 'has a line break or control character in it; write it on one line');
        return false;
      }
      if (t.length > max) {
        fail(f, `is ${t.length} characters long; keep it to ${max}`);
        return false;
      }
      return true;
    };
    if (isRecord(value)) {
      const out: Record<string, string> = {};
      for (const [code, t] of Object.entries(value)) {
        if (!textLanguages.includes(code)) {
          fail(`${field}.${code}`, `"${code}" is not a language this course offers (${textLanguages.join(', ')})`);
        } else if (one(`${field}.${code}`, t)) out[code] = t;
      }
      return out;
    }
    if (typeof value !== 'string') {
      fail(field, 'must be text in quotes, or one text per language like {"en-GB": "…", "cy": "…"}');
      return undefined;
    }
    return one(field, value) ? value : undefined;
  };
  const plain = (field: string, value: unknown, check: (v: string) => string | null): string | undefined => {
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      fail(field, 'must be text in quotes');
      return undefined;
    }
    const problem = check(value.trim());
    if (problem) {
      fail(field, problem);
      return undefined;
    }
    return value.trim();
  };

  const title = text('title', input.title, TITLE_MAX);
  if (title !== undefined) profile.title = title;

  const org = section('organisation', ['name', 'logo']);
  profile.organisation.name = text('organisation.name', org.name) ?? '';
  if (org.logo !== undefined && org.logo !== null) profile.organisation.logo = logo(org.logo, text, fail);

  const contact = section('contact', ['name', 'phone', 'email', 'web', 'hours', 'urgent']);
  profile.contact.name = text('contact.name', contact.name) ?? '';
  profile.contact.hours = text('contact.hours', contact.hours) ?? '';
  profile.contact.urgent = text('contact.urgent', contact.urgent) ?? '';
  profile.contact.phone =
    plain('contact.phone', contact.phone, (v) => {
      if (/[A-Za-z]/.test(v)) return `"${v}" has letters in it; write the number in digits, e.g. 0161 123 4567`;
      if (!PHONE.test(v)) return `"${v}" is not a phone number; use digits, spaces, brackets, - and a leading +`;
      const digits = v.replace(/\D/g, '').length;
      return digits < 3 || digits > 15 ? `"${v}" has ${digits} digits; a phone number has 3 to 15` : null;
    }) ?? '';
  profile.contact.email =
    plain('contact.email', contact.email, (v) => (EMAIL.test(v) ? null : `"${v}" is not an email address like pain.team@example.nhs.uk`)) ?? '';
  profile.contact.web = plain('contact.web', contact.web, webProblem) ?? '';

  const statement = section('statement', ['organisation', 'contact', 'reviewed', 'status']);
  profile.statement.organisation = text('statement.organisation', statement.organisation) ?? '';
  profile.statement.contact = text('statement.contact', statement.contact) ?? '';
  profile.statement.reviewed = plain('statement.reviewed', statement.reviewed, dateProblem) ?? '';
  if (statement.status !== undefined) {
    if (STATEMENT_STATUSES.includes(statement.status as never)) profile.statement.status = statement.status as ServiceProfile['statement']['status'];
    else fail('statement.status', `must be one of ${STATEMENT_STATUSES.map((s) => `"${s}"`).join(', ')} (fully, partially or not compliant with WCAG 2.2 AA)`);
  }

  const tracking = section('tracking', ['passMark', 'scorm12Reporting', 'attempts', 'sendPlanText']);
  const whole = (field: string, value: unknown, min: number, max: number, what: string): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      fail(field, `${JSON.stringify(value)} is not ${what}: use a whole number from ${min} to ${max}`);
      return undefined;
    }
    return value;
  };
  profile.tracking.passMark = whole('tracking.passMark', tracking.passMark, 0, 100, 'a percentage') ?? profile.tracking.passMark;
  profile.tracking.attempts = whole('tracking.attempts', tracking.attempts, 0, 99, 'a number of tries (0 for no limit)') ?? profile.tracking.attempts;
  if (tracking.scorm12Reporting !== undefined) {
    if (SCORM12_REPORTINGS.includes(tracking.scorm12Reporting as never)) {
      profile.tracking.scorm12Reporting = tracking.scorm12Reporting as ServiceProfile['tracking']['scorm12Reporting'];
    } else fail('tracking.scorm12Reporting', `must be one of ${SCORM12_REPORTINGS.map((s) => `"${s}"`).join(', ')}`);
  }
  if (tracking.sendPlanText !== undefined) {
    if (typeof tracking.sendPlanText === 'boolean') profile.tracking.sendPlanText = tracking.sendPlanText;
    else fail('tracking.sendPlanText', 'must be true or false (without quotes)');
  }
  return { profile, errors };
}

function webProblem(v: string): string | null {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `"${v}" is not a web address; write it in full, beginning with https and a colon`;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : `"${v}" must be a web page address beginning with https (not ${url.protocol})`;
}

function dateProblem(v: string): string | null {
  const m = DATE.exec(v);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  const real = date && m && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
  return real ? null : `"${v}" is not a date written YYYY-MM-DD, e.g. 2026-03-31`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A logo is an SVG or PNG data: URL, small, that is really that image, and has a text alternative. */
function logo(
  value: unknown,
  text: (field: string, value: unknown) => ServiceText | undefined,
  fail: (field: string, message: string) => void,
): ServiceLogo | null {
  if (!isRecord(value)) {
    fail('organisation.logo', 'must be an object with src (the image) and alt (what it shows, in words)');
    return null;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'src' && key !== 'alt') fail(`organisation.logo.${key}`, 'is not a field of organisation.logo (it has src, alt)');
  }
  const alt = text('organisation.logo.alt', value.alt);
  const altMissing = alt === undefined || (typeof alt === 'string' ? !alt.trim() : !Object.values(alt).some((t) => t.trim()));
  if (altMissing) fail('organisation.logo.alt', 'is missing: say in words what the logo shows, e.g. "Anytown Pain Service"');
  const src = value.src;
  const match = typeof src === 'string' ? /^data:(image\/svg\+xml|image\/png);base64,([A-Za-z0-9+/=\s]+)$/.exec(src) : null;
  if (!match) {
    fail('organisation.logo.src', 'must be an SVG or PNG image, as a data:image/svg+xml;base64,… or data:image/png;base64,… address');
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob((match[2] ?? '').replace(/\s/g, '')), (c) => c.charCodeAt(0));
  } catch {
    fail('organisation.logo.src', 'is not readable: its base64 data is damaged');
    return null;
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    fail('organisation.logo.src', `is ${Math.ceil(bytes.length / 1024)} kB; a logo may be at most ${LOGO_MAX_BYTES / 1024} kB`);
    return null;
  }
  if (match[1] === 'image/png' && !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    fail('organisation.logo.src', 'says it is a PNG image but is not one');
    return null;
  }
  if (match[1] === 'image/svg+xml') {
    const svg = new TextDecoder().decode(bytes);
    if (!/<svg[\s>]/i.test(svg)) {
      fail('organisation.logo.src', 'says it is an SVG image but is not one');
      return null;
    }
    // Shown through <img>, which runs no script; refused anyway, so no file carries it.
    if (/<script|\son[a-z]+\s*=|javascript:|<foreignObject/i.test(svg)) {
      fail('organisation.logo.src', 'is an SVG with script or event handlers in it; use a plain drawing');
      return null;
    }
  }
  return altMissing ? null : { src: src as string, alt: alt as ServiceText };
}
