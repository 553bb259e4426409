// "My plan for my next good spell": the plan's model, its pure edits and its saved form.
// The component (PlanBuilder.svelte) only holds a Plan and calls these; nothing here
// touches the DOM, so all of it is unit-tested (plan.test.ts).
//
// Saved form, version 1 (suspend data: short, language-neutral, never more than
// MAX_ENCODED_LENGTH characters):
//
//   "1" ( "|" activity often start )* ( "~" own-text )?
//
//   activity  one character: an ACTIVITIES code, or OWN for the learner's own activity
//   often     one character: an OFTEN code, or "-" if not chosen yet
//   start     one character: a START code, or "-" if not chosen yet
//   own-text  the learner's own activity, as typed (cleaned, at most OWN_TEXT_MAX
//             characters). It comes last and can never contain "~", so it cannot break
//             the format. It is kept even while its box is unticked, so re-ticking
//             brings it back.
//
//   e.g. "1|adf|cw-|zft~Walk the dog"  An empty plan is "".

/** The gentle activities offered, in the order shown. Codes are saved: never reuse one. */
export const ACTIVITIES = [
  { code: 'a', label: 'relief.plan.activity.a' },
  { code: 'b', label: 'relief.plan.activity.b' },
  { code: 'c', label: 'relief.plan.activity.c' },
  { code: 'd', label: 'relief.plan.activity.d' },
  { code: 'e', label: 'relief.plan.activity.e' },
  { code: 'f', label: 'relief.plan.activity.f' },
  { code: 'g', label: 'relief.plan.activity.g' },
] as const;

/** The learner's own activity, named in free text; listed after the others. */
export const OWN = 'z';

/** How often, from least to most. */
export const OFTEN = [
  { code: 'w', label: 'relief.plan.often.w' },
  { code: 'f', label: 'relief.plan.often.f' },
  { code: 'd', label: 'relief.plan.often.d' },
] as const;

/** How to start small. */
export const START = [
  { code: 'f', label: 'relief.plan.start.f' },
  { code: 't', label: 'relief.plan.start.t' },
  { code: 'd', label: 'relief.plan.start.d' },
  { code: 'j', label: 'relief.plan.start.j' },
] as const;

export type ActivityCode = (typeof ACTIVITIES)[number]['code'] | typeof OWN;

/**
 * The ways of starting small that make sense for each activity: nobody swims "one small
 * job" or stretches "a short distance". The learner's own activity may use any.
 */
const STARTS_FOR: Record<ActivityCode, readonly StartCode[]> = {
  a: ['f', 't', 'd'], // walking
  b: ['f', 't'], // gentle stretching
  c: ['f', 't', 'd'], // swimming
  d: ['f', 't', 'j'], // gardening
  e: ['f', 't'], // dancing to music at home
  f: ['f', 't'], // a gentle exercise class
  g: ['f', 't', 'j'], // light housework
  z: ['f', 't', 'd', 'j'],
};

/** The START choices to offer for an activity, in START's order. */
export function startsFor(activity: ActivityCode): (typeof START)[number][] {
  return START.filter((s) => STARTS_FOR[activity].includes(s.code));
}

const fits = (activity: ActivityCode, start: StartCode): boolean => STARTS_FOR[activity].includes(start);
export type OftenCode = (typeof OFTEN)[number]['code'];
export type StartCode = (typeof START)[number]['code'];

export interface PlanItem {
  activity: ActivityCode;
  often: OftenCode | null;
  start: StartCode | null;
}

export interface Plan {
  /** Chosen activities, in list order (own activity last), at most MAX_PICKS. */
  items: PlanItem[];
  /** The learner's own activity as typed; used when OWN is chosen. */
  ownText: string;
}

export const MAX_PICKS = 3;
export const OWN_TEXT_MAX = 60;
export const FORMAT_VERSION = '1';
const ITEM_SEP = '|';
const TEXT_SEP = '~';
const UNSET = '-';
/** Version + 3 items of 4 characters + separator + text: 74, well inside this. */
export const MAX_ENCODED_LENGTH = 120;

/** Every activity code in display order, own activity last. */
export const ACTIVITY_ORDER: readonly ActivityCode[] = [...ACTIVITIES.map((a) => a.code), OWN];

const isActivity = (c: string): c is ActivityCode => (ACTIVITY_ORDER as readonly string[]).includes(c);
const isOften = (c: string): c is OftenCode => OFTEN.some((o) => o.code === c);
const isStart = (c: string): c is StartCode => START.some((s) => s.code === c);

export function emptyPlan(): Plan {
  return { items: [], ownText: '' };
}

/**
 * Makes typed text safe to save: no format separator, no control characters (a pasted
 * line break becomes a space), at most OWN_TEXT_MAX UTF-16 units (what `maxlength`
 * counts), never ending in half an emoji. Leading and inner spaces are left alone, so
 * the text box does not fight the typing.
 */
export function cleanOwnText(text: string): string {
  let out = text
    .split(TEXT_SEP)
    .join('')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  if (out.length > OWN_TEXT_MAX) {
    out = out.slice(0, OWN_TEXT_MAX);
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  }
  return out;
}

const byListOrder = (x: PlanItem, y: PlanItem) => ACTIVITY_ORDER.indexOf(x.activity) - ACTIVITY_ORDER.indexOf(y.activity);

export function isPicked(plan: Plan, activity: ActivityCode): boolean {
  return plan.items.some((i) => i.activity === activity);
}

/** True when no more activities can be chosen. */
export function atLimit(plan: Plan): boolean {
  return plan.items.length >= MAX_PICKS;
}

/** Ticks or unticks an activity. Ticking a fourth does nothing (returns the same plan). */
export function setPicked(plan: Plan, activity: ActivityCode, on: boolean): Plan {
  if (on === isPicked(plan, activity)) return plan;
  if (!on) return { ...plan, items: plan.items.filter((i) => i.activity !== activity) };
  if (atLimit(plan)) return plan;
  return { ...plan, items: [...plan.items, { activity, often: null, start: null }].sort(byListOrder) };
}

export function setOften(plan: Plan, activity: ActivityCode, often: OftenCode): Plan {
  return { ...plan, items: plan.items.map((i) => (i.activity === activity ? { ...i, often } : i)) };
}

export function setStart(plan: Plan, activity: ActivityCode, start: StartCode): Plan {
  if (!fits(activity, start)) return plan;
  return { ...plan, items: plan.items.map((i) => (i.activity === activity ? { ...i, start } : i)) };
}

export function setOwnText(plan: Plan, text: string): Plan {
  return { ...plan, ownText: cleanOwnText(text) };
}

export function encodePlan(plan: Plan): string {
  const text = cleanOwnText(plan.ownText);
  if (plan.items.length === 0 && text.trim() === '') return '';
  let out = FORMAT_VERSION;
  for (const item of plan.items.slice(0, MAX_PICKS)) {
    out += ITEM_SEP + item.activity + (item.often ?? UNSET) + (item.start ?? UNSET);
  }
  if (text.trim() !== '') out += TEXT_SEP + text;
  return out;
}

/**
 * Reads a saved plan. Never throws: anything it cannot read gives an empty plan, and
 * items with unknown codes (say, an activity removed in a later edit) are dropped.
 */
export function decodePlan(value: unknown): Plan {
  const plan = emptyPlan();
  if (typeof value !== 'string' || value.length > MAX_ENCODED_LENGTH) return plan;
  const cut = value.indexOf(TEXT_SEP);
  const head = cut === -1 ? value : value.slice(0, cut);
  const parts = head.split(ITEM_SEP);
  if (parts[0] !== FORMAT_VERSION) return plan;
  if (cut !== -1) plan.ownText = cleanOwnText(value.slice(cut + 1));
  for (const part of parts.slice(1)) {
    if (part.length !== 3 || plan.items.length >= MAX_PICKS) continue;
    const [a = '', o = '', s = ''] = part;
    if (!isActivity(a) || isPicked(plan, a)) continue;
    // A way of starting that no longer fits the activity (an earlier version offered every
    // way for every activity) is left for the learner to choose again.
    plan.items.push({ activity: a, often: isOften(o) ? o : null, start: isStart(s) && fits(a, s) ? s : null });
  }
  plan.items.sort(byListOrder);
  return plan;
}
