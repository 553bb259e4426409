// The service profile: what a pain service may change without a developer (its name, logo,
// contact, accessibility statement, tracking choices, languages, title). The course reads
// it at run time from service.json inside the package; service.schema.json documents it
// for editors, and validate.ts checks it for the build, the command line and the browser.
import type { Scorm12Reporting } from '../course/types';
import { DEFAULT_SETTINGS } from '../course/settings';

/**
 * Text a service writes: the same in every language, or one per language code
 * (`{"en-GB": "…", "cy": "…"}`), where a language without its own falls back to the
 * default language's, then to any given.
 */
export type ServiceText = string | Record<string, string>;

export interface ServiceLogo {
  /** A data: URL of an SVG or PNG image (at most LOGO_MAX_BYTES). */
  src: string;
  /** Its text alternative, read by screen readers. */
  alt: ServiceText;
}

/** WCAG compliance, as the UK public sector statement words it. */
export const STATEMENT_STATUSES = ['full', 'partial', 'not'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const SCORM12_REPORTINGS: readonly Scorm12Reporting[] = ['passed-failed', 'passed-incomplete', 'completed-incomplete', 'completed-failed'];

export interface ServiceProfile {
  /** The course title (LMS and banner); empty: the course's own title in each language. */
  title: ServiceText;
  organisation: { name: ServiceText; logo: ServiceLogo | null };
  contact: {
    /** Empty fields fall back to the generic "your pain team or GP" wording. */
    name: ServiceText;
    phone: string;
    email: string;
    web: string;
    hours: ServiceText;
    urgent: ServiceText;
  };
  statement: {
    organisation: ServiceText;
    contact: ServiceText;
    /** Date of the last review, YYYY-MM-DD; empty if not stated. */
    reviewed: string;
    status: StatementStatus;
  };
  tracking: {
    /** Percentage (0-100) to pass: the manifest's mastery score and the course's. */
    passMark: number;
    scorm12Reporting: Scorm12Reporting;
    /** Tries at the final check; 0 for no limit. */
    attempts: number;
    /** Whether the learner's own words in their plan travel to the LMS. */
    sendPlanText: boolean;
  };
  languages: {
    /** Empty: every language the course has. */
    offered: string[];
    /** Empty: the learner's browser decides. */
    default: string;
  };
}

/** 200 kB: a logo shows small, and it travels inside service.json in every package. */
export const LOGO_MAX_BYTES = 200 * 1024;

/** A generic profile: the course as it reads with no service named. */
export function defaultProfile(): ServiceProfile {
  return {
    title: '',
    organisation: { name: '', logo: null },
    contact: { name: '', phone: '', email: '', web: '', hours: '', urgent: '' },
    statement: { organisation: '', contact: '', reviewed: '', status: 'partial' },
    tracking: {
      passMark: DEFAULT_SETTINGS.masteryScore,
      scorm12Reporting: DEFAULT_SETTINGS.scorm12Reporting,
      attempts: DEFAULT_SETTINGS.assessmentAttempts,
      sendPlanText: true,
    },
    languages: { offered: [], default: '' },
  };
}

/**
 * The text for a language: its own, else the default language's, else the first given.
 * Empty when the service left it blank, so the caller shows the course's own words.
 */
export function textFor(text: ServiceText, lang: string, fallback = ''): string {
  if (typeof text === 'string') return text.trim();
  const pick = text[lang] ?? text[lang.split('-')[0] ?? ''] ?? (fallback ? text[fallback] : undefined);
  return (pick ?? Object.values(text).find((t) => t.trim()) ?? '').trim();
}

/** A phone number as a tel: link (digits and a leading +). */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/\D/g, '')}`;
}

/** The profile as the course reads it from service.json: every field, in a stable order. */
export function profileJson(profile: ServiceProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
