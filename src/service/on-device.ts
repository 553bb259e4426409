// Text a service chose not to send to the LMS (service.json `tracking.sendPlanText`
// false): kept in this browser only, so the learner still sees it here and the LMS never
// does. Storage blocked or full: it lasts this visit only.
import { localStore } from '../shared/storage';

const PREFIX = 'on-device:';

export function readOnDevice(key: string): string {
  try {
    return localStore()?.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the text; empty text removes it. */
export function keepOnDevice(key: string, text: string): void {
  try {
    const storage = localStore();
    if (text) storage?.setItem(PREFIX + key, text);
    else storage?.removeItem(PREFIX + key);
  } catch {
    // See above.
  }
}
