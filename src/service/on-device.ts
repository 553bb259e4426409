// Text a service chose not to send to the LMS (service.json `tracking.sendPlanText`
// false): kept in this browser only, so the learner still sees it here and the LMS never
// does. Storage blocked or full: it lasts this visit only.
const PREFIX = 'on-device:';

export function readOnDevice(key: string): string {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the text; empty text removes it. */
export function keepOnDevice(key: string, text: string): void {
  try {
    if (text) globalThis.localStorage?.setItem(PREFIX + key, text);
    else globalThis.localStorage?.removeItem(PREFIX + key);
  } catch {
    // See above.
  }
}
