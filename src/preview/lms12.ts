// SCORM 1.2 side of the preview LMS.

import type Scorm12API from 'scorm-again/scorm12';
import {
  API_SETTINGS,
  PREVIEW_LEARNER,
  callMethod,
  entryAfter,
  flattenCmi,
  reviewStore,
  reviewsAfter,
  presetValue,
  readPath,
  renderCmi,
  sessionState,
  startApi,
  totalTimeOr,
  type Launch,
  type PreviewLms,
} from './lms';

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

const FINISHED = ['passed', 'completed', 'failed'];

/** Set by the LMS for every session, so never carried over from the stored attempt. */
const SESSION_FIELDS = ['core.entry', 'core.exit', 'core.session_time', 'core.total_time'];

export async function createLms12(launch: Launch): Promise<PreviewLms> {
  // The package's type file declares a default export, but its ESM build only has the
  // named one (and the CommonJS build is broken in 3.4.x), so read the name explicitly.
  const module: unknown = await import('scorm-again/scorm12');
  const Api = (module as { Scorm12API: typeof Scorm12API }).Scorm12API;

  const notices: string[] = [];
  const { api, previous } = startApi(() => new Api(API_SETTINGS), launch.previous, SESSION_FIELDS, notices);
  // Read-only elements: scorm-again's setters accept them until LMSInitialize, so they
  // are assigned on the model directly (LMSSetValue would answer 403).
  const core = api.cmi.core;
  const review = reviewsAfter(launch, (cmi) => FINISHED.includes(readPath(cmi, 'core.lesson_status')));
  // Moodle gives a review launch no entry at all.
  const entry = review ? '' : entryAfter(previous);
  core.entry = entry;
  if (review) {
    core.lesson_mode = 'review';
    notices.push('Moodle behaviour: this finished attempt opens in review mode, with no credit.');
  }
  const reviewed = review && previous ? reviewStore(previous) : null;
  core.student_id = PREVIEW_LEARNER.id;
  core.student_name = PREVIEW_LEARNER.name;
  core.credit = review ? 'no-credit' : 'credit';
  // scorm-again starts 1.2 total_time as "", where the spec (and LMSs) say 0000:00:00.
  const totalTime = previous?.totalTime || '0000:00:00';
  const timeNote = presetValue(`total time "${totalTime}"`, () => {
    core.total_time = totalTime;
  });
  if (timeNote) notices.push(timeNote);
  if (launch.masteryScore != null) api.cmi.student_data.mastery_score = String(launch.masteryScore);
  const lang = launch.language;
  if (lang) {
    const note = presetValue(`language "${lang}"`, () => {
      api.cmi.student_preference.language = lang;
    });
    if (note) notices.push(note);
  }

  return {
    version: '1.2',
    windowKey: 'API',
    methods: METHODS,
    persistingMethods: ['LMSCommit', 'LMSFinish'],
    entry,
    mode: review ? 'review' : 'normal',
    notices,
    call: (method, args) => {
      const result = callMethod(api, method, args);
      reviewed?.note(method, args, result);
      return result;
    },
    lastError: () => api.lastErrorCode,
    errorText: (code) => api.getLmsErrorMessageDetails(code, false),
    state: () => sessionState(api),
    // scorm-again's 1.2 render omits total_time, though courses can read it.
    flatCmi: () => flattenCmi(renderCmi(api), { 'cmi.core.total_time': api.cmi.core.total_time }),
    snapshot() {
      if (reviewed) return reviewed.snapshot('cmi.core.exit', 'cmi.core.session_time', () => api.cmi.getCurrentTotalTime());
      const cmi = renderCmi(api);
      // getCurrentTotalTime adds the session_time the course reported to the stored total.
      const totalTime = totalTimeOr(() => api.cmi.getCurrentTotalTime(), previous?.totalTime);
      return { cmi, exit: readPath(cmi, 'core.exit'), totalTime };
    },
  };
}
