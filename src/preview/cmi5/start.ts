// Boots the preview in cmi5 mode (`?scorm=cmi5`): read cmi5.xml, launch the AU, show it.
import { mount } from 'svelte';
import Cmi5Preview from './Cmi5Preview.svelte';
import { launchAu, parseCmi5Faults, readStructure, registration } from './lms';
import '../handle';

export async function startCmi5Preview(target: HTMLElement): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const structure = await readStructure();
  const audio = query.get('audio');
  const launch = await launchAu(structure, {
    mode: query.get('mode'),
    lang: query.get('lang'),
    audio: audio === 'on' || audio === 'off' ? audio : null,
    faults: parseCmi5Faults(query.getAll('fault')),
  });
  window.__cmi5Preview = { registration: launch.registration, activityId: launch.activityId, session: launch.session, launchMode: launch.launchMode };
  const onReset = () => {
    registration(true);
    window.location.reload();
  };
  target.replaceChildren();
  mount(Cmi5Preview, { target, props: { structure, launch, onReset } });
}
