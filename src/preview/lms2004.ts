// SCORM 2004 (4th edition) side of the preview LMS: what the LMS presets before the
// course starts.

import type Scorm2004API from 'scorm-again/scorm2004';
import { API_SETTINGS, LAYERS, entryAfter, readPath, restoreApi } from '../tracking/in-page-lms';
import { learnerOf, presetValue, previewLms, reviewStore, reviewsAfter, type Launch, type PreviewLms } from './lms';

const ISO_DURATION = /^P(?=.)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const LAYER = LAYERS['2004'];

export async function createLms2004(launch: Launch): Promise<PreviewLms> {
  // The package's type file declares a default export, but its ESM build only has the
  // named one (and the CommonJS build is broken in 3.4.x), so read the name explicitly.
  const module: unknown = await import('scorm-again/scorm2004');
  const Api = (module as { Scorm2004API: typeof Scorm2004API }).Scorm2004API;

  const notices: string[] = [];
  const finished = (cmi: Record<string, unknown>) =>
    readPath(cmi, 'completion_status') === 'completed' || ['passed', 'failed'].includes(readPath(cmi, 'success_status'));
  // Closed with exit "normal", a finished attempt is over: Moodle starts a new one.
  const newAttempt = reviewsAfter(launch, finished) && launch.previous?.exit === 'normal';
  const review = !newAttempt && reviewsAfter(launch, finished);
  // In review Moodle hands the course an empty record for the same attempt.
  const carried = review || newAttempt ? null : launch.previous;
  const { api, previous } = restoreApi(() => new Api(API_SETTINGS), LAYER, carried, notices);
  if (review) notices.push('Moodle behaviour: this finished attempt opens in review mode, with no credit and an empty record.');
  if (newAttempt) notices.push('Moodle behaviour: the last attempt ended with exit "normal", so this is a new attempt.');
  // Read-only elements: scorm-again's setters accept them until Initialize, so they are
  // assigned on the model directly (SetValue would answer 404).
  const cmi = api.cmi;
  const entry = review ? 'ab-initio' : entryAfter(previous);
  cmi.entry = entry;
  if (review) {
    cmi.mode = 'review';
    cmi.credit = 'no-credit';
  }
  const learner = learnerOf(launch);
  cmi.learner_id = learner.id;
  cmi.learner_name = learner.name;
  // scorm-again does not check total_time before Initialize, so a damaged record would
  // reach the course as is; only an ISO 8601 duration is carried over.
  if (previous?.totalTime) {
    if (ISO_DURATION.test(previous.totalTime)) cmi.total_time = previous.totalTime;
    else notices.push(`The saved total time "${previous.totalTime}" is not a duration; using PT0S.`);
  }
  if (launch.masteryScore != null) cmi.scaled_passing_score = String(launch.masteryScore / 100);
  const lang = launch.language;
  if (lang) {
    const note = presetValue(`language "${lang}"`, () => {
      cmi.learner_preference.language = lang;
    });
    if (note) notices.push(note);
  }

  const reviewed = review && launch.previous ? reviewStore(launch.previous) : null;
  return previewLms(LAYER, { api, previous, entry, review, reviewed, notices });
}
