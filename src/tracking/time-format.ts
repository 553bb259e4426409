// SCORM time formats. 1.2 wants HHHH:MM:SS.SS for spans and HH:MM:SS for a time of
// day; 2004 wants ISO 8601 durations (at most 2 decimal places) and timestamps.
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan, e.g. 0000:05:07.25. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(cs / 360000));
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const frac = cs % 100;
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(frac)}`;
}

/** SCORM 1.2 CMITime (time of day), e.g. 14:03:09. */
export function timeOfDay12(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timeinterval, e.g. PT1H5M7.25S. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  let out = 'PT';
  if (h) out += `${h}H`;
  if (m) out += `${m}M`;
  out += `${Number(s.toFixed(2))}S`;
  return out;
}

/** SCORM 2004 time(second,10,0): local date and time to the second. */
export function timestamp2004(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
