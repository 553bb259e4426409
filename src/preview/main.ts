// Boots the preview LMS. Order matters: the API object must be on window before the
// course's iframe gets its src, because the course looks for it as soon as it loads
// (unless a fault switch says the API is missing or late).

import { mount } from 'svelte';
import Preview from './Preview.svelte';
import { createApiBridge, type ApiCall } from './bridge';
import { earlierLogs, keepLogOnUnload } from './call-history';
import { describeFaults, withFaults } from './faults';
import './handle';
import './preview.css';
import { createLms12 } from './lms12';
import { createLms2004 } from './lms2004';
import { readOptions } from './options';
import { openSource, versionFor } from './package-store';
import { course } from '../../modules/course';
import { PanelState, type SaveStatus } from './panel.svelte';
import { clearAttempt, loadAttempt, saveAttempt } from './storage';
import { localStore } from '../shared/storage';

async function start(target: HTMLElement): Promise<void> {
  const asked = readOptions(window.location.search);
  // A zip brings its own SCORM version and pass mark, from its manifest.
  const source = await openSource(window.location.search);
  const options = { ...asked, version: versionFor(source, asked.version) };
  // Blocked storage (null): nothing survives a reload.
  const storage = localStore();
  const create = options.version === '1.2' ? createLms12 : createLms2004;
  const lms = withFaults(
    await create({
      previous: loadAttempt(storage, options.version, options.learner),
      language: options.lang,
      // As an LMS reads it from the package's manifest.
      masteryScore: source.kind === 'zip' ? source.info.masteryScore : course.settings.masteryScore,
      behaviour: options.behaviour,
      learner: options.learner,
    }),
    options.faults,
  );

  const calls: ApiCall[] = [];
  const history = keepLogOnUnload(options.version, calls);
  let lastSave: SaveStatus | null = null;
  // Set while resetting: a course that calls Finish as its frame unloads must not save
  // the attempt we have just cleared.
  let resetting = false;
  const faults = () => describeFaults(options.faults, lms.left());

  const panel = new PanelState({
    calls,
    cmi: () => lms.flatCmi(),
    state: () => lms.state(),
    lastSave: () => lastSave,
    faults,
  });

  const bridge = createApiBridge(lms, (call) => {
    calls.push(call);
    // Like an LMS, keep only what the course committed (Commit, or Finish/Terminate,
    // which commit implicitly), not values merely set.
    if (!resetting && call.result === 'true' && lms.persistingMethods.includes(call.method)) {
      lastSave = { at: new Date(), ok: saveAttempt(storage, options.version, lms.snapshot(), options.learner) };
    }
    history.afterCall();
    panel.invalidate();
  });
  const install = () => {
    (window as unknown as Record<string, unknown>)[lms.windowKey] = bridge;
  };
  if (!options.faults.noApi) {
    if (options.faults.apiLateMs > 0) setTimeout(install, options.faults.apiLateMs);
    else install();
  }

  const reset = (): void => {
    resetting = true;
    clearAttempt(storage, options.version, options.learner);
    window.location.reload();
  };
  window.__preview = {
    version: options.version,
    calls,
    cmi: () => lms.flatCmi(),
    reset,
    earlierLogs,
    faults,
    endSession: () => {
      lms.endSession();
      panel.invalidate();
    },
  };

  const notices = [
    ...lms.notices,
    ...(storage ? [] : ['This browser blocks local storage, so progress will not survive a reload.']),
    ...options.unknownFaults.map((f) => `Unknown fault switch "${f}" ignored.`),
  ];
  target.replaceChildren();
  mount(Preview, { target, props: { options, lms, panel, notices, onReset: reset, source } });
}

const target = document.getElementById('app');
// cmi5 is no SCORM API: its own LMS and panel (src/preview/cmi5), loaded only when asked for.
const cmi5 = new URLSearchParams(window.location.search).get('scorm') === 'cmi5';
if (target) {
  (cmi5 ? import('./cmi5/start').then((m) => m.startCmi5Preview(target)) : start(target)).catch((error: unknown) => {
    target.textContent = `The preview LMS could not start: ${String(error)}`;
    throw error;
  });
}
