// A strict cmi5 checker: the statements an LRS holds for one registration, judged against
// the cmi5 specification, each violation naming its requirement id from
// @cmi5/requirements. Pure, with no browser: the unit tests and the e2e suite both feed it
// what the preview's in-memory LRS (scripts/lrs.mjs) stored.

export interface Statement {
  id?: unknown;
  actor?: { account?: { homePage?: string; name?: string } } & Record<string, unknown>;
  verb?: { id?: string };
  object?: { id?: string };
  result?: { score?: { scaled?: number; raw?: number; min?: number; max?: number }; success?: boolean; completion?: boolean; duration?: string };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id?: string }[]; grouping?: { id?: string }[]; parent?: { id?: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp?: string;
  stored?: string;
}

export interface Cmi5Expectations {
  registration: string;
  /** The launch activity id the LMS gave (the object of every cmi5 defined statement). */
  activityId: string;
  /** POSTs to each session's fetch url, by session id (8.2.3.0-1: a token once). */
  fetches?: Record<string, number>;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const EXT = 'https://w3id.org/xapi/cmi5/context/extensions/';
const CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/';
/** Statements the LMS makes about the AU; everything else in a session is the AU's. */
const LMS_VERBS = new Set([
  `${ADL}launched`,
  'https://w3id.org/xapi/adl/verbs/satisfied',
  'https://w3id.org/xapi/adl/verbs/abandoned',
  'https://w3id.org/xapi/adl/verbs/waived',
]);
const DEFINED = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated'].map((v) => `${ADL}${v}`));
const RESULT_VERBS = new Set(['completed', 'passed', 'failed'].map((v) => `${ADL}${v}`));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const verbName = (s: Statement) => (s.verb?.id ?? '').replace(ADL, '').replace('https://w3id.org/xapi/adl/verbs/', '');
const sessionOf = (s: Statement) => String(s.context?.extensions?.[`${EXT}sessionid`] ?? '');

/** Every requirement id the checker can name (a unit test proves each is in @cmi5/requirements). */
export const CHECKED_REQUIREMENTS = [
  '9.1.0.0-1',
  '9.2.0.0-3',
  '8.1.3.0-3',
  '9.4.0.0-2',
  '8.1.4.0-3',
  '9.6.2.1-1',
  '9.6.2.2-1',
  '9.6.2.2-2',
  '9.6.2.0-1',
  '9.5.1.0-2',
  '9.5.2.0-1',
  '9.5.2.0-2',
  '9.5.2.0-3',
  '9.5.3.0-1',
  '9.5.3.0-2',
  '9.5.4.1-1',
  '9.5.4.1-2',
  '9.5.4.1-3',
  '9.5.4.1-4',
  '9.7.0.0-1',
  '9.7.0.0-2',
  '10.2.4.0-2',
  '9.3.2.0-2',
  '9.3.2.0-3',
  '9.3.8.0-2',
  '9.3.0.0-2',
  '10.2.2.0-9',
  '10.2.2.0-11',
  '9.3.3.0-2',
  '9.3.4.0-3',
  '9.3.0.0-8',
  '8.2.3.0-1',
] as const;
type Requirement = (typeof CHECKED_REQUIREMENTS)[number];

/** Violations in `all` (every statement the LRS stored, in stored order); [] when conformant. */
export function checkCmi5(all: readonly Statement[], expect: Cmi5Expectations): string[] {
  const out: string[] = [];
  const fail = (req: Requirement, what: string) => out.push(`[${req}] ${what}`);
  const mine = all.filter((s) => s.context?.registration === expect.registration);
  const launched = mine.filter((s) => s.verb?.id === `${ADL}launched`);
  const actor = JSON.stringify(launched[0]?.actor?.account ?? null);

  // Each statement on its own.
  mine.forEach((s, i) => {
    if (LMS_VERBS.has(s.verb?.id ?? '')) return;
    const name = `statement ${i + 1} (${verbName(s)})`;
    const defined = DEFINED.has(s.verb?.id ?? '');
    if (typeof s.id !== 'string' || !UUID.test(s.id)) fail('9.1.0.0-1', `${name} has no UUID id`);
    if (!s.actor?.account?.name || !s.actor.account.homePage) fail('9.2.0.0-3', `${name}: the actor has no account`);
    else if (JSON.stringify(s.actor.account) !== actor) fail('8.1.3.0-3', `${name}: the actor is not the launch actor`);
    if (s.context?.registration !== expect.registration) fail('8.1.4.0-3', `${name}: registration`);
    if (!s.timestamp) fail('9.7.0.0-1', `${name} has no timestamp`);
    else if (!/(Z|[+-]00:?00)$/.test(s.timestamp)) fail('9.7.0.0-2', `${name}: timestamp ${s.timestamp} is not UTC`);
    const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
    const template = launched.find((l) => sessionOf(l) === sessionOf(s));
    if (!template) fail('9.6.2.0-1', `${name}: its session id names no launch`);
    else {
      const grouping = (template.context?.contextActivities?.grouping ?? []).map((g) => g.id);
      const own = (s.context?.contextActivities?.grouping ?? []).map((g) => g.id);
      if (!grouping.every((g) => own.includes(g))) fail('9.6.2.0-1', `${name}: the context template's grouping is missing`);
    }
    if (!defined) return;
    if (s.object?.id !== expect.activityId) fail('9.4.0.0-2', `${name}: object ${s.object?.id} is not the launch activity id`);
    if (!categories.includes(`${CATEGORY}cmi5`)) fail('9.6.2.1-1', `${name}: no cmi5 category`);
    const r = s.result ?? {};
    const judged = r.success !== undefined || r.completion !== undefined;
    if (judged && !categories.includes(`${CATEGORY}moveon`)) fail('9.6.2.2-1', `${name}: no moveOn category`);
    if (!judged && categories.includes(`${CATEGORY}moveon`)) fail('9.6.2.2-2', `${name}: a moveOn category without success or completion`);
    const verb = verbName(s);
    if (r.score !== undefined && verb !== 'passed' && verb !== 'failed') fail('9.5.1.0-2', `${name} has a score`);
    if (verb === 'passed' && r.success !== true) fail('9.5.2.0-1', `${name}: success is not true`);
    if (verb === 'failed' && r.success !== false) fail('9.5.2.0-2', `${name}: success is not false`);
    if (verb !== 'passed' && verb !== 'failed' && r.success !== undefined) fail('9.5.2.0-3', `${name} has success`);
    if (verb === 'completed' && r.completion !== true) fail('9.5.3.0-1', `${name}: completion is not true`);
    if (verb !== 'completed' && r.completion !== undefined) fail('9.5.3.0-2', `${name} has completion`);
    const durationReq = ({ terminated: '9.5.4.1-1', completed: '9.5.4.1-2', passed: '9.5.4.1-3', failed: '9.5.4.1-4' } as const)[verb as 'passed'];
    if (durationReq && !(typeof r.duration === 'string' && DURATION.test(r.duration))) fail(durationReq, `${name}: duration "${String(r.duration)}"`);
    const mastery = template?.context?.extensions?.[`${EXT}masteryscore`];
    if (typeof mastery === 'number' && (verb === 'passed' || verb === 'failed')) {
      const scaled = r.score?.scaled;
      if (typeof scaled !== 'number' || (verb === 'passed' ? scaled < mastery : scaled >= mastery)) {
        fail('10.2.4.0-2', `${name}: score ${String(scaled)} against the mastery score ${mastery}`);
      }
    }
  });

  // Each session, in order.
  for (const launch of launched) {
    const id = sessionOf(launch);
    const au = mine.filter((s) => sessionOf(s) === id && !LMS_VERBS.has(s.verb?.id ?? ''));
    const mode = String(launch.context?.extensions?.[`${EXT}launchmode`] ?? 'Normal');
    const count = (verb: string) => au.filter((s) => verbName(s) === verb).length;
    const label = `session ${id.slice(0, 8)} (${mode})`;
    if (au.length === 0) continue;
    if (verbName(au[0]!) !== 'initialized') fail('9.3.2.0-2', `${label}: the first statement is ${verbName(au[0]!)}, not initialized`);
    if (count('initialized') > 1) fail('9.3.2.0-3', `${label}: initialized ${count('initialized')} times`);
    const t = au.findIndex((s) => verbName(s) === 'terminated');
    if (t !== -1 && t !== au.length - 1) fail('9.3.8.0-2', `${label}: ${verbName(au[t + 1]!)} after terminated`);
    for (const verb of ['completed', 'passed', 'failed', 'terminated']) {
      if (count(verb) > 1) fail('9.3.0.0-2', `${label}: ${verb} ${count(verb)} times`);
    }
    if (mode !== 'Normal') {
      const changing = au.filter((s) => RESULT_VERBS.has(s.verb?.id ?? '') || verbName(s) === 'answered');
      for (const s of changing) fail(mode === 'Browse' ? '10.2.2.0-9' : '10.2.2.0-11', `${label}: ${verbName(s)} in ${mode} mode`);
    }
    const fetches = expect.fetches?.[id];
    if (fetches !== undefined && fetches > 1 && count('initialized') > 0) fail('8.2.3.0-1', `${label}: the fetch url was called ${fetches} times`);
  }

  // The registration.
  const verbs = mine.filter((s) => s.object?.id === expect.activityId).map(verbName);
  if (verbs.filter((v) => v === 'completed').length > 1) fail('9.3.3.0-2', 'completed more than once in the registration');
  if (verbs.filter((v) => v === 'passed').length > 1) fail('9.3.4.0-3', 'passed more than once in the registration');
  const passedAt = verbs.indexOf('passed');
  if (passedAt !== -1 && verbs.slice(passedAt).includes('failed')) fail('9.3.0.0-8', 'failed after passed');
  return out;
}

/** Statement counts by verb, for reports. */
export function countVerbs(statements: readonly Statement[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of statements) counts[verbName(s)] = (counts[verbName(s)] ?? 0) + 1;
  return counts;
}
