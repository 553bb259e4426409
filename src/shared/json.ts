// Reading JSON that came from outside (storage, an LMS, a file, another window): check
// its shape before trusting it.

/** A plain object (not null, not an array), whose fields are still to be checked. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
