// Is this a cmi5 launch? The LMS appends five parameters to the AU's url (cmi5 8.1); the
// course reads them here, in the first-screen code, and loads the cmi5 back end only then.

export interface Cmi5Launch {
  /** The LRS base endpoint, with a trailing slash (8.1.1). */
  endpoint: string;
  /** The one-time url that gives the auth token (8.1.2). */
  fetch: string;
  /** The learner as an xAPI Agent, as the LMS wrote it (8.1.3); null if it is not JSON. */
  actor: Record<string, unknown> | null;
  registration: string;
  /** The launch activity id: the object of every cmi5 defined statement (8.1.5). */
  activityId: string;
}

/** The launch parameters, in any order (8.1.0.0-7), or null when the course was not launched by cmi5. */
export function readCmi5Launch(search: string): Cmi5Launch | null {
  const query = new URLSearchParams(search);
  const endpoint = query.get('endpoint');
  const fetchUrl = query.get('fetch');
  if (!endpoint || !fetchUrl) return null;
  let actor: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(query.get('actor') ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) actor = parsed as Record<string, unknown>;
  } catch {
    // A broken actor is a broken launch: the back end says it cannot connect.
  }
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch: fetchUrl,
    actor,
    registration: query.get('registration') ?? '',
    activityId: query.get('activityId') ?? '',
  };
}
