// The preview's cmi5 LMS: reads cmi5.xml as an LMS import would, keeps one registration
// (until reset), launches the AU through the LRS that `npm start` hosts at /xapi/
// (scripts/lrs.mjs: LaunchData, the launched statement, a one-time fetch url), and builds
// the launch url with the five parameters (cmi5 8.1).

export interface Structure {
  courseId: string;
  auId: string;
  url: string;
  moveOn: string;
  masteryScore: number | undefined;
  title: string;
}

export interface Cmi5Faults {
  /** Statements refused (503) this many times. */
  refuse: number;
  slowMs: number;
  gone: boolean;
  fetchError: boolean;
}

export interface Cmi5Launch {
  registration: string;
  session: string;
  activityId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  /** The AU's url with the launch parameters, relative to the preview page. */
  src: string;
}

export interface RegistrationView {
  statements: { id: string; verb: { id: string }; result?: Record<string, unknown>; timestamp: string; context?: { extensions?: Record<string, unknown> } }[];
  sessions: { id: string; fetches: number; faults: Cmi5Faults }[];
  documents: Record<string, unknown>;
}

const XAPI = '/xapi/';
const REGISTRATION_KEY = 'preview:cmi5:registration';
export const PREVIEW_ACTOR = {
  objectType: 'Agent',
  name: 'Learner, Preview',
  account: { homePage: `${location.origin}/preview/`, name: 'preview-learner' },
};

/** The cmi5.xml the build wrote beside the zips (the same file as in the cmi5 zip). */
export async function readStructure(): Promise<Structure> {
  const response = await fetch('../cmi5.xml', { cache: 'no-store' });
  if (!response.ok) throw new Error(`cmi5.xml could not be read (${response.status}): run npm run build`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const au = doc.getElementsByTagName('au')[0];
  const course = doc.getElementsByTagName('course')[0];
  const url = au?.getElementsByTagName('url')[0]?.textContent?.trim();
  if (!au || !course || !url) throw new Error('cmi5.xml has no course, AU or url');
  const mastery = au.getAttribute('masteryScore');
  return {
    courseId: course.getAttribute('id') ?? '',
    auId: au.getAttribute('id') ?? '',
    url,
    moveOn: au.getAttribute('moveOn') ?? 'NotApplicable',
    masteryScore: mastery === null ? undefined : Number(mastery),
    title: au.getElementsByTagName('langstring')[0]?.textContent ?? '',
  };
}

export function parseCmi5Faults(values: string[]): Cmi5Faults {
  const names = values.flatMap((v) => v.split(','));
  const refuse = names.map((n) => /^lrs-refuse(?:-(\d+))?$/.exec(n)).find(Boolean);
  return {
    refuse: refuse ? Number(refuse[1] ?? 3) : 0,
    slowMs: names.includes('lrs-slow') ? 2000 : 0,
    gone: names.includes('lrs-gone'),
    fetchError: names.includes('fetch-error'),
  };
}

export function registration(reset = false): string {
  let id = reset ? null : localStorage.getItem(REGISTRATION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(REGISTRATION_KEY, id);
  }
  return id;
}

export async function readRegistration(id: string): Promise<RegistrationView> {
  const response = await fetch(`${XAPI}lms/registration?registration=${encodeURIComponent(id)}`, { cache: 'no-store' });
  return (await response.json()) as RegistrationView;
}

const SATISFIED = 'https://w3id.org/xapi/adl/verbs/satisfied';

/** Launches the AU: Review once the registration is satisfied, unless `?mode=` says otherwise. */
export async function launchAu(
  structure: Structure,
  options: { mode: string | null; lang: string | null; audio: 'on' | 'off' | null; faults: Cmi5Faults },
): Promise<Cmi5Launch> {
  const reg = registration();
  const before = await readRegistration(reg);
  const satisfied = before.statements.some((s) => s.verb.id === SATISFIED);
  const asked = options.mode?.toLowerCase();
  const launchMode = asked === 'browse' ? 'Browse' : asked === 'review' || (!asked && satisfied) ? 'Review' : 'Normal';
  // The LMS's own id for this AU: never the publisher's id (8.1.5.0-3).
  const activityId = `${location.origin}/preview/activities/${encodeURIComponent(structure.auId)}`;
  const auUrl = new URL(structure.url, `${location.origin}/web/`);
  const response = await fetch(`${XAPI}lms/launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      registration: reg,
      actor: PREVIEW_ACTOR,
      activityId,
      courseActivityId: `${location.origin}/preview/courses/${encodeURIComponent(structure.courseId)}`,
      publisherId: structure.auId,
      launchMode,
      moveOn: structure.moveOn,
      masteryScore: structure.masteryScore,
      returnURL: `${location.origin}${XAPI}return`,
      launchUrl: auUrl.href,
      languagePreference: options.lang ?? undefined,
      audioPreference: options.audio ?? undefined,
      faults: options.faults,
    }),
  });
  const { session, fetch: fetchPath } = (await response.json()) as { session: string; fetch: string };
  // Merged with any query the AU's url has (13.1.4.0-3).
  const params = auUrl.searchParams;
  params.set('endpoint', `${location.origin}${XAPI}`);
  params.set('fetch', `${location.origin}${XAPI}${fetchPath}`);
  params.set('actor', JSON.stringify(PREVIEW_ACTOR));
  params.set('registration', reg);
  params.set('activityId', activityId);
  return { registration: reg, session, activityId, launchMode, src: auUrl.href };
}

export async function setFaults(session: string, faults: Partial<Cmi5Faults>): Promise<void> {
  await fetch(`${XAPI}lms/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ session, ...faults }) });
}
