// An in-memory xAPI learning record store with the cmi5 LMS duties around it, for the
// local preview (`npm start` serves it under /xapi/) and the tests (a fake fetch calls
// handle() directly). Not for production: nothing is kept when the process ends.
//
// xAPI: statements (PUT ?statementId, POST one or many, GET), the state and agent profile
// documents, the X-Experience-API-Version header and Basic auth on every request, and the
// basic validation an LRS does (ids, actor, verb, object, timestamp; a second statement
// with a used id is accepted only if it is the same). cmi5 LMS: launch() writes
// LMS.LaunchData and the launched statement and hands out a one-time fetch url; the LMS
// issues satisfied once moveOn is met. Faults (per launch): refuse statements N times,
// answer slowly, be gone, or answer the fetch with an error.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
export const XAPI_VERSION = '1.0.3';
const ADL = 'http://adlnet.gov/expapi/verbs/';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const EXT = 'https://w3id.org/xapi/cmi5/context/extensions/';
/** The learner preferences' agent profile (cmi5 11.0). */
const PREFERENCES_ID = 'cmi5LearnerPreferences';

const json = (status, body) => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const empty = (status) => ({ status, headers: {}, body: '' });
const error = (status, message) => ({ status, headers: { 'Content-Type': 'text/plain' }, body: `${message}\n` });
const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Key order does not make two statements different. */
const canonical = (x) =>
  Array.isArray(x)
    ? `[${x.map(canonical).join(',')}]`
    : isRecord(x)
      ? `{${Object.keys(x)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
          .join(',')}}`
      : JSON.stringify(x);
const random = () => crypto.randomUUID();

/** The problem with a statement, or null: what an LRS checks before storing it. */
export function statementProblem(s) {
  if (!isRecord(s)) return 'a statement must be an object';
  if (typeof s.id !== 'string' || !UUID.test(s.id)) return 'id must be a UUID';
  if (!isRecord(s.actor) || !(s.actor.mbox || s.actor.account || s.actor.openid || s.actor.mbox_sha1sum)) return 'actor must be an Agent with an identifier';
  if (!isRecord(s.verb) || typeof s.verb.id !== 'string' || !/^[a-z]+:/i.test(s.verb.id)) return 'verb.id must be an IRI';
  if (!isRecord(s.object) || typeof s.object.id !== 'string' || !/^[a-z]+:/i.test(s.object.id)) return 'object.id must be an IRI';
  if (typeof s.timestamp !== 'string' || !ISO_TIME.test(s.timestamp)) return 'timestamp must be an ISO 8601 time';
  if (s.context !== undefined && !isRecord(s.context)) return 'context must be an object';
  if (isRecord(s.context) && s.context.registration !== undefined && !UUID.test(String(s.context.registration))) return 'context.registration must be a UUID';
  return null;
}

export function createLrs({ now = () => Date.now() } = {}) {
  /** Stored statements in the order they arrived. */
  const statements = [];
  const byId = new Map();
  /** Documents by resource and key. */
  const documents = new Map();
  /** Launch sessions by id: token, fetch count, faults. */
  const sessions = new Map();
  const byToken = new Map();
  /** The LMS's own credentials (it writes LaunchData and reads everything). */
  const lmsToken = btoa(`lms:${random()}`);
  byToken.set(lmsToken, null);

  const docKey = (resource, q) =>
    resource === 'agents/profile'
      ? `${resource}|${q.get('agent')}|${q.get('profileId')}`
      : `${resource}|${q.get('activityId')}|${q.get('agent')}|${q.get('registration') ?? ''}|${q.get('stateId')}`;

  const store = (statement) => {
    const stored = { ...statement, stored: new Date(now()).toISOString() };
    statements.push(stored);
    byId.set(statement.id, canonical(statement));
  };

  /** Stores one statement: 'stored', 'same' (already there), or a problem. */
  const accept = (statement) => {
    const problem = statementProblem(statement);
    if (problem) return { problem, status: 400 };
    const had = byId.get(statement.id);
    if (had === undefined) return { ok: 'new' };
    return had === canonical(statement) ? { ok: 'same' } : { problem: `statement ${statement.id} exists with other content`, status: 409 };
  };

  /** The LMS side of cmi5: satisfied once the AU's moveOn is met (per registration). */
  const satisfy = (session) => {
    if (!session) return;
    const mine = statements.filter((s) => s.context?.registration === session.registration && s.object?.id === session.activityId);
    const has = (verb) => mine.some((s) => s.verb.id === `${ADL}${verb}`);
    const met = {
      CompletedAndPassed: has('completed') && has('passed'),
      CompletedOrPassed: has('completed') || has('passed'),
      Completed: has('completed'),
      Passed: has('passed'),
      NotApplicable: true,
    }[session.moveOn];
    const done = statements.some((s) => s.context?.registration === session.registration && s.verb.id === 'https://w3id.org/xapi/adl/verbs/satisfied');
    if (!met || done) return;
    store({
      id: random(),
      timestamp: new Date(now()).toISOString(),
      actor: session.actor,
      verb: { id: 'https://w3id.org/xapi/adl/verbs/satisfied', display: { en: 'satisfied' } },
      object: { objectType: 'Activity', id: session.courseActivityId },
      context: {
        registration: session.registration,
        contextActivities: { category: [{ id: CMI5_CATEGORY }] },
        extensions: { [`${EXT}sessionid`]: session.id },
      },
    });
  };

  const lrs = {
    statements,
    documents,
    sessions,
    lmsToken,

    /**
     * The LMS launches an AU: a session, LaunchData, the launched statement. Returns the
     * fetch path (relative to the xAPI base) and the session id.
     */
    launch({
      registration,
      actor,
      activityId,
      courseActivityId,
      publisherId,
      launchMode = 'Normal',
      moveOn = 'CompletedAndPassed',
      masteryScore,
      returnURL,
      launchUrl = '',
      languagePreference,
      audioPreference,
      faults = {},
    }) {
      const id = random();
      const token = btoa(`au:${random()}`);
      const session = {
        id,
        token,
        registration,
        actor,
        activityId,
        courseActivityId,
        moveOn,
        fetches: 0,
        faults: { refuse: 0, slowMs: 0, gone: false, fetchError: false, ...faults },
      };
      sessions.set(id, session);
      byToken.set(token, session);
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
        extensions: { [`${EXT}sessionid`]: id },
      };
      const launchData = {
        contextTemplate,
        launchMode,
        launchMethod: 'AnyWindow',
        moveOn,
        ...(masteryScore === undefined ? {} : { masteryScore }),
        ...(returnURL ? { returnURL } : {}),
      };
      documents.set(`activities/state|${activityId}|${JSON.stringify(actor)}|${registration}|LMS.LaunchData`, JSON.stringify(launchData));
      // The preview's learner preferences follow each launch's request (?lang=, ?audio=),
      // kept with the launch: the preview's one learner launched twice at once (tests run
      // side by side) must not read the other launch's.
      session.preferences =
        languagePreference || audioPreference
          ? JSON.stringify({ ...(languagePreference && { languagePreference }), audioPreference: audioPreference ?? 'off' })
          : null;
      store({
        id: random(),
        timestamp: new Date(now()).toISOString(),
        actor,
        verb: { id: `${ADL}launched`, display: { en: 'launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: {
          ...structuredClone(contextTemplate),
          registration,
          contextActivities: { ...structuredClone(contextTemplate.contextActivities), category: [{ id: CMI5_CATEGORY }] },
          extensions: {
            ...contextTemplate.extensions,
            [`${EXT}launchmode`]: launchMode,
            [`${EXT}launchurl`]: launchUrl,
            [`${EXT}moveon`]: moveOn,
            ...(masteryScore === undefined ? {} : { [`${EXT}masteryscore`]: masteryScore }),
          },
        },
      });
      return { session: id, fetch: `fetch/${id}` };
    },

    /** Changes a session's faults (the preview's switches, the tests). */
    setFaults(id, faults) {
      const session = sessions.get(id);
      if (session) Object.assign(session.faults, faults);
      return !!session;
    },

    /** Every statement of a registration, in stored order. */
    ofRegistration(registration) {
      return statements.filter((s) => s.context?.registration === registration);
    },

    /**
     * One request. `path` is relative to the xAPI base ('statements', 'fetch/<id>'…).
     * Returns { status, headers, body }, status 0 meaning "drop the connection", and
     * `delayMs` when the answer should be late.
     */
    handle({ method, path, query, headers, body }) {
      const q = query instanceof URLSearchParams ? query : new URLSearchParams(query ?? '');
      const header = (name) => headers[name] ?? headers[name.toLowerCase()] ?? '';
      const fetchMatch = /^fetch\/([\w-]+)$/.exec(path);
      if (fetchMatch) {
        const session = sessions.get(fetchMatch[1]);
        if (method !== 'POST') return error(405, 'the fetch url takes POST');
        if (!session) return json(200, { 'error-code': '3', 'error-text': 'unknown launch session' });
        session.fetches++;
        if (session.faults.fetchError) return json(200, { 'error-code': '2', 'error-text': 'general security error (preview fault)' });
        if (session.fetches > 1) return json(200, { 'error-code': '1', 'error-text': 'already in use' });
        return json(200, { 'auth-token': session.token });
      }
      const auth = /^Basic (.+)$/.exec(header('Authorization'));
      if (!auth || !byToken.has(auth[1])) return error(401, 'no valid Authorization');
      const session = byToken.get(auth[1]);
      if (!header('X-Experience-API-Version').startsWith('1.0')) return error(400, 'X-Experience-API-Version is missing');
      const faults = session?.faults;
      if (faults?.gone) return { status: 0, headers: {}, body: '' };
      const delayMs = faults?.slowMs ?? 0;
      const late = (answer) => ({ ...answer, delayMs });

      if (path === 'statements') {
        if (method === 'GET') {
          const registration = q.get('registration');
          const list = registration ? lrs.ofRegistration(registration) : statements;
          return late(json(200, { statements: list, more: '' }));
        }
        if (faults && faults.refuse > 0) {
          faults.refuse--;
          return late(error(503, 'refused (preview fault)'));
        }
        let parsed;
        try {
          parsed = JSON.parse(body || 'null');
        } catch {
          return late(error(400, 'the body is not JSON'));
        }
        if (method === 'PUT') {
          const id = q.get('statementId');
          if (!isRecord(parsed) || parsed.id !== id) return late(error(400, 'statementId must match the statement id'));
          const result = accept(parsed);
          if (result.problem) return late(error(result.status, result.problem));
          if (result.ok === 'new') store(parsed);
          satisfy(session);
          return late(empty(204));
        }
        if (method === 'POST') {
          const list = Array.isArray(parsed) ? parsed : [parsed];
          const results = list.map(accept);
          const bad = results.find((r) => r.problem);
          if (bad) return late(error(bad.status, bad.problem));
          list.forEach((s, i) => results[i].ok === 'new' && store(s));
          satisfy(session);
          return late(
            json(
              200,
              list.map((s) => s.id),
            ),
          );
        }
        return late(error(405, 'statements take GET, PUT and POST'));
      }

      if (path === 'activities/state' || path === 'agents/profile') {
        const idName = path === 'agents/profile' ? 'profileId' : 'stateId';
        const required = path === 'agents/profile' ? ['agent'] : ['activityId', 'agent'];
        // Without a document id, GET lists the ids there are.
        if (!q.get(idName) && method !== 'GET') required.push(idName);
        const missing = required.find((name) => !q.get(name));
        if (missing) return late(error(400, `${missing} is required`));
        try {
          JSON.parse(q.get('agent'));
        } catch {
          return late(error(400, 'agent must be JSON'));
        }
        // An AU may only touch its own registration's documents.
        if (session && path === 'activities/state' && q.get('registration') !== session.registration) return late(error(403, 'another registration'));
        if (session && path === 'agents/profile') {
          // An AU reads its launch's preferences (see launch()); it writes no profile.
          if (method !== 'GET') return late(error(403, "the learner's profile is the LMS's"));
          const id = q.get(idName);
          if (!id) return late(json(200, session.preferences ? [PREFERENCES_ID] : []));
          return late(
            id === PREFERENCES_ID && session.preferences
              ? { status: 200, headers: { 'Content-Type': 'application/json' }, body: session.preferences }
              : error(404, 'no such document'),
          );
        }
        const key = docKey(path, q);
        if (method === 'GET' && !q.get(idName)) {
          const prefix = key.slice(0, key.lastIndexOf('|') + 1);
          const ids = [...documents.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
          return late(json(200, ids));
        }
        if (method === 'GET') {
          const doc = documents.get(key);
          return late(doc === undefined ? error(404, 'no such document') : { status: 200, headers: { 'Content-Type': 'application/json' }, body: doc });
        }
        if (method === 'PUT' || method === 'POST') {
          if (session && q.get('stateId') === 'LMS.LaunchData') return late(error(403, "LMS.LaunchData is the LMS's"));
          try {
            JSON.parse(body || '');
          } catch {
            return late(error(400, 'the document is not JSON'));
          }
          documents.set(key, body);
          return late(empty(204));
        }
        if (method === 'DELETE') {
          documents.delete(key);
          return late(empty(204));
        }
        return late(error(405, 'documents take GET, PUT, POST and DELETE'));
      }
      return late(error(404, `no xAPI resource ${path}`));
    },
  };
  return lrs;
}

/** A fetch that answers from `lrs` (tests): `base` is the xAPI endpoint url. */
export function lrsFetch(lrs, base) {
  return async (input, init = {}) => {
    const url = new URL(String(input), base);
    const answer = lrs.handle({
      method: init.method ?? 'GET',
      path: url.pathname.slice(new URL(base).pathname.length),
      query: url.searchParams,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? init.body : '',
    });
    if (answer.status === 0) throw new TypeError('Failed to fetch');
    return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}
