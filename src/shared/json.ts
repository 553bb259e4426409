// Reading JSON that came from outside (storage, an LMS, a file, another window): check
// its shape before trusting it.

/** A plain object (not null, not an array), whose fields are still to be checked. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The object this text holds, or null when it is missing, not JSON, or not an object. */
export function readJsonRecord(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    return isRecord(data) ? data : null;
  } catch {
    return null;
  }
}
