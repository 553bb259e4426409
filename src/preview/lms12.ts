// SCORM 1.2 side of the preview LMS: what the LMS presets before the course starts.

import type Scorm12API from 'scorm-again/scorm12';
import { API_SETTINGS, LAYERS, entryAfter, readPath, restoreApi } from '../tracking/in-page-lms';
import { learnerOf, presetValue, previewLms, reviewStore, reviewsAfter, type Launch, type PreviewLms } from './lms';

const FINISHED = ['passed', 'completed', 'failed'];
const LAYER = LAYERS['1.2'];

export async function createLms12(launch: Launch): Promise<PreviewLms> {
  // The package's type file declares a default export, but its ESM build only has the
  // named one (and the CommonJS build is broken in 3.4.x), so read the name explicitly.
  const module: unknown = await import('scorm-again/scorm12');
  const Api = (module as { Scorm12API: typeof Scorm12API }).Scorm12API;

  const notices: string[] = [];
  const { api, previous } = restoreApi(() => new Api(API_SETTINGS), LAYER, launch.previous, notices);
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
  const learner = learnerOf(launch);
  core.student_id = learner.id;
  core.student_name = learner.name;
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

  const reviewed = review && previous ? reviewStore(previous) : null;
  // scorm-again's 1.2 render omits total_time, though courses can read it.
  const extraCmi = () => ({ 'cmi.core.total_time': api.cmi.core.total_time });
  return previewLms(LAYER, { api, previous, entry, review, reviewed, notices, extraCmi });
}
