// Time for the tracker: the wall clock and timers, passed in so tests can run a session
// of minutes (retries, back-off) in a few milliseconds of fake time.

export interface Clock {
  now(): number;
  /** Runs `fn` once after `ms`; returns a function that cancels it. */
  later(fn: () => void, ms: number): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  later(fn, ms) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

export const sleep = (clock: Clock, ms: number) => new Promise<void>((resolve) => clock.later(resolve, ms));

/**
 * Wait before retry number `failures` (1, 2, …): doubling from 1 s, capped at a minute,
 * so a dead LMS costs one call a minute rather than a busy loop.
 */
export function backoff(failures: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));
}
