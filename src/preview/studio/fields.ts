// The profile's fields as the studio's form shows them: a label and a hint in plain words
// for each, in the order of service.json. The ids tie an error (named by field, as
// src/service/validate.ts names it) to its input.
export interface FieldText {
  label: string;
  hint?: string;
}

export const FIELDS: Record<string, FieldText> = {
  title: { label: 'Course title', hint: 'As the LMS and the course show it. Leave empty to keep the course’s own title in each language.' },
  'organisation.name': { label: 'Organisation name', hint: 'Shown at the top of the start screen, e.g. Anytown NHS Trust Pain Service.' },
  'organisation.logo': { label: 'Logo', hint: 'An SVG or PNG image of at most 200 kB. Optional.' },
  'organisation.logo.src': { label: 'Logo image' },
  'organisation.logo.alt': { label: 'What the logo shows, in words', hint: 'Read out by screen readers, e.g. Anytown Pain Service.' },
  'contact.name': { label: 'Who to contact', hint: 'e.g. Anytown Pain Management Team. Leave empty for “your pain team or GP”.' },
  'contact.phone': { label: 'Phone number', hint: 'Digits, spaces and a leading + only, e.g. 01234 567890.' },
  'contact.email': { label: 'Email address' },
  'contact.web': { label: 'Web page', hint: 'The full address, beginning with https://' },
  'contact.hours': { label: 'Opening hours', hint: 'e.g. Monday to Friday, 9am to 5pm.' },
  'contact.urgent': { label: 'Out of hours or in an emergency', hint: 'Leave empty for the usual advice (NHS 111, or 999 in an emergency).' },
  'statement.organisation': { label: 'Organisation responsible for accessibility', hint: 'Named in the accessibility statement.' },
  'statement.contact': { label: 'Contact for accessibility problems', hint: 'An email address or phone number learners can use.' },
  'statement.reviewed': { label: 'Date of the last accessibility review' },
  'statement.status': { label: 'Compliance with WCAG 2.2 AA' },
  'tracking.passMark': { label: 'Pass mark (%)', hint: 'The score needed to pass the final check, from 0 to 100. The LMS reads it too.' },
  'tracking.scorm12Reporting': { label: 'What a SCORM 1.2 LMS is told', hint: 'Most LMSs want “passed or failed”. Some report only completion.' },
  'tracking.attempts': { label: 'Tries at the final check', hint: '0 for no limit.' },
  'tracking.sendPlanText': { label: 'Send the learner’s own words in their plan to the LMS', hint: 'Untick to keep them on the learner’s device only.' },
  'languages.offered': { label: 'Languages offered', hint: 'Tick none to offer every language.' },
  'languages.default': { label: 'Default language', hint: 'The language the course opens in when it cannot tell the learner’s.' },
};

/** The input's id for a field (dots do not sit well in ids used as link targets). */
export const fieldId = (field: string): string => `f-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The field's label, or the field's name where the form has no input of its own for it. */
export const labelOf = (field: string): string => FIELDS[field]?.label ?? FIELDS[field.split('.').slice(0, 2).join('.')]?.label ?? field;
