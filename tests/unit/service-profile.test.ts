// The service profile: the shipped service.json is valid and generic, its schema knows
// the same fields and languages as the validator, and each kind of bad input gets an
// error that names the field and says what is wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultProfile, telHref, textFor } from '../../src/service/profile';
import { formatErrors, validateProfile } from '../../src/service/validate';

const LANGS = readdirSync('locales')
  .filter((f) => f.endsWith('.json') && f !== 'en-XA.json')
  .map((f) => f.replace(/\.json$/, ''));
const shipped = JSON.parse(readFileSync('service.json', 'utf8')) as unknown;
const schema = JSON.parse(readFileSync('service.schema.json', 'utf8')) as {
  properties: Record<string, { properties?: Record<string, { description?: string }>; description?: string }>;
  $defs: { language: { enum: string[] } };
};

const svg = (body: string) => `data:image/svg+xml;base64,${btoa(body)}`;
const LOGO = svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');

/** Errors for a profile with one part changed. */
function errorsFor(profile: Record<string, unknown>) {
  return validateProfile(profile, LANGS).errors;
}
function expectError(profile: Record<string, unknown>, field: string, words: RegExp) {
  const errors = errorsFor(profile);
  expect(errors.map((e) => e.field)).toContain(field);
  expect(errors.find((e) => e.field === field)?.message).toMatch(words);
}

describe('service.json as shipped', () => {
  it('is valid and the same as the defaults', () => {
    const { profile, errors } = validateProfile(shipped, LANGS);
    expect(errors).toEqual([]);
    expect(profile).toEqual(defaultProfile());
  });

  it('an empty file gives every default', () => {
    expect(validateProfile({}, LANGS)).toEqual({ profile: defaultProfile(), errors: [] });
  });

  it('has the key names other tools rely on, each described in the schema', () => {
    const keys = [
      'organisation.name',
      'organisation.logo',
      'contact.name',
      'contact.phone',
      'contact.email',
      'contact.web',
      'contact.hours',
      'contact.urgent',
      'statement.organisation',
      'statement.contact',
      'statement.reviewed',
      'statement.status',
      'tracking.passMark',
      'tracking.scorm12Reporting',
      'tracking.attempts',
      'tracking.sendPlanText',
      'languages.offered',
      'languages.default',
    ];
    expect(schema.properties.title?.description).toBeTruthy();
    for (const key of keys) {
      const [section = '', field = ''] = key.split('.');
      expect(shipped).toHaveProperty([section, field]);
      expect(schema.properties[section]?.properties?.[field]?.description, key).toBeTruthy();
    }
  });

  it('the schema names the languages the course has', () => {
    expect([...schema.$defs.language.enum].sort()).toEqual([...LANGS].sort());
  });
});

describe('a filled-in profile', () => {
  it('keeps every field', () => {
    const input = {
      title: { 'en-GB': 'Acupuncture and your pain', cy: 'Aciwbigo a’ch poen' },
      organisation: { name: 'Anytown NHS Trust', logo: { src: LOGO, alt: 'Anytown Pain Service' } },
      contact: {
        name: 'Anytown Pain Service',
        phone: '+44 (0)161 123-4567',
        email: 'pain.team@example.nhs.uk',
        web: 'https://example.nhs.uk/pain',
        hours: 'Monday to Friday, 9am to 5pm',
        urgent: 'Out of hours, call NHS 111.',
      },
      statement: { organisation: 'Anytown NHS Trust', contact: 'access@example.nhs.uk', reviewed: '2026-03-31', status: 'full' },
      tracking: { passMark: 70, scorm12Reporting: 'completed-incomplete', attempts: 3, sendPlanText: false },
      languages: { offered: ['en-GB', 'cy'], default: 'cy' },
    };
    const { profile, errors } = validateProfile(input, LANGS);
    expect(errors).toEqual([]);
    expect(profile).toEqual(input);
  });

  it('text per language falls back to the default language, then any', () => {
    expect(textFor({ 'en-GB': 'Hello', cy: 'Helo' }, 'cy')).toBe('Helo');
    expect(textFor({ 'en-GB': 'Hello' }, 'ar', 'en-GB')).toBe('Hello');
    expect(textFor({ cy: 'Helo' }, 'ar')).toBe('Helo');
    expect(textFor('', 'cy')).toBe('');
  });

  it('a phone number becomes a tel: link of digits', () => {
    expect(telHref('+44 (0)161 123-4567')).toBe('tel:+4401611234567');
    expect(telHref('0161 123 4567')).toBe('tel:01611234567');
  });
});

describe('bad input names the field and what is wrong', () => {
  it('a phone number with letters', () => {
    expectError({ contact: { phone: '0161 PAIN' } }, 'contact.phone', /letters/);
    expectError({ contact: { phone: '12' } }, 'contact.phone', /3 to 15/);
    expectError({ contact: { phone: '0161#123' } }, 'contact.phone', /not a phone number/);
  });

  it('an email or web address that is not one', () => {
    expectError({ contact: { email: 'pain team' } }, 'contact.email', /not an email address/);
    expectError({ contact: { web: 'example.nhs.uk' } }, 'contact.web', /not a web address.*https/);
    expectError({ contact: { web: 'javascript:alert(1)' } }, 'contact.web', /must be a web page address beginning with https/);
  });

  it('a logo that is too big', () => {
    const big = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10) + 'x'.repeat(250 * 1024))}`;
    expectError({ organisation: { logo: { src: big, alt: 'Logo' } } }, 'organisation.logo.src', /at most 200 kB/);
  });

  it('a logo that is not an image', () => {
    expectError({ organisation: { logo: { src: 'data:text/html;base64,PGI+', alt: 'Logo' } } }, 'organisation.logo.src', /SVG or PNG/);
    expectError({ organisation: { logo: { src: `data:image/png;base64,${btoa('hello')}`, alt: 'Logo' } } }, 'organisation.logo.src', /not one/);
    expectError({ organisation: { logo: { src: svg('<html></html>'), alt: 'Logo' } } }, 'organisation.logo.src', /not one/);
    expectError({ organisation: { logo: { src: svg('<svg onload="x()"></svg>'), alt: 'Logo' } } }, 'organisation.logo.src', /script/);
  });

  it('a logo with no text alternative', () => {
    expectError({ organisation: { logo: { src: LOGO } } }, 'organisation.logo.alt', /in words/);
    expectError({ organisation: { logo: { src: LOGO, alt: ' ' } } }, 'organisation.logo.alt', /in words/);
  });

  it('an unknown language', () => {
    expectError({ languages: { offered: ['en-GB', 'fr'] } }, 'languages.offered[1]', /not a language of this course/);
    expectError({ languages: { default: 'english' } }, 'languages.default', /language code/);
    expectError({ languages: { offered: ['en-GB'], default: 'cy' } }, 'languages.default', /not among languages.offered/);
    expectError({ title: { fr: 'Bonjour' } }, 'title.fr', /not a language this course offers/);
  });

  it('a pass mark of 150, or not a whole number', () => {
    expectError({ tracking: { passMark: 150 } }, 'tracking.passMark', /0 to 100/);
    expectError({ tracking: { passMark: '80' } }, 'tracking.passMark', /whole number/);
    expectError({ tracking: { attempts: -1 } }, 'tracking.attempts', /0 to 99/);
  });

  it('a title with markup', () => {
    expectError({ title: 'Pain <b>course</b>' }, 'title', /markup/);
    expectError({ title: { 'en-GB': 'Pain &amp; you' } }, 'title.en-GB', /markup/);
    expectError({ contact: { hours: '<script>alert(1)</script>' } }, 'contact.hours', /markup/);
  });

  it('a title that is too long or on two lines', () => {
    expectError({ title: 'x'.repeat(201) }, 'title', /200/);
    expectError({ contact: { name: 'Pain\nteam' } }, 'contact.name', /one line/);
  });

  it('a date that is not a date, and choices outside their list', () => {
    expectError({ statement: { reviewed: '31/03/2026' } }, 'statement.reviewed', /YYYY-MM-DD/);
    expectError({ statement: { reviewed: '2026-02-30' } }, 'statement.reviewed', /YYYY-MM-DD/);
    expectError({ statement: { status: 'yes' } }, 'statement.status', /"full", "partial", "not"/);
    expectError({ tracking: { scorm12Reporting: 'passed' } }, 'tracking.scorm12Reporting', /"passed-failed"/);
    expectError({ tracking: { sendPlanText: 'no' } }, 'tracking.sendPlanText', /true or false/);
  });

  it('a misspelt field, and a file that is not an object', () => {
    expectError({ contact: { phon: '0161' } }, 'contact.phon', /not a field of contact/);
    expectError({ tracking: { passmark: 70 } }, 'tracking.passmark', /spelling/);
    expectError({ colour: 'blue' }, 'colour', /not a field of the profile/);
    expect(validateProfile([], LANGS).errors[0]?.field).toBe('(file)');
  });

  it('a wrong field keeps its default, and the errors read one per line', () => {
    const { profile, errors } = validateProfile({ tracking: { passMark: 150, attempts: 2 } }, LANGS);
    expect(profile.tracking.passMark).toBe(80);
    expect(profile.tracking.attempts).toBe(2);
    expect(formatErrors(errors)).toMatch(/^tracking\.passMark: 150 is not a percentage/);
  });
});
