// How values are written in the side panel.

/** Past this many characters a value is cut short (suspend data can run to 64 kB). */
export const SHORT_LENGTH = 160;

/** A value as a JS string literal, so "" and " " stay visible in the log. */
export function quoted(value: string): string {
  return JSON.stringify(shortened(value));
}

export function shortened(value: string, max = SHORT_LENGTH): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

export function clockTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour12: false });
}
