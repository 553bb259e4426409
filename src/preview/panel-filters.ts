// Filtering and grouping for the side panel's CMI table and API log, kept out of the
// components so they can be tested without a browser.

import { failed, type ApiCall } from './bridge';

export interface CmiGroup {
  /** The question's interaction id, or null for the elements between questions. */
  readonly question: string | null;
  /** The interaction records (indices) of this question, oldest first. */
  readonly records: readonly number[];
  readonly rows: readonly (readonly [string, string])[];
}

const INTERACTION = /^cmi\.interactions\.(\d+)\./;

const contains = (text: string, query: string): boolean => text.toLowerCase().includes(query);

/**
 * The data model as the table shows it: rows whose element or value contains `query`
 * (any case), without empty values when `hideEmpty`; the interactions gathered per
 * question (a course that journals answers writes one record per answer), where the first
 * of them stood, and the other elements in their order.
 */
export function groupCmi(cmi: Readonly<Record<string, string>>, query: string, hideEmpty: boolean): CmiGroup[] {
  const wanted = query.trim().toLowerCase();
  const groups: { question: string | null; records: number[]; rows: [string, string][] }[] = [];
  const byQuestion = new Map<string, (typeof groups)[number]>();
  for (const [key, value] of Object.entries(cmi)) {
    if (hideEmpty && value === '') continue;
    const index = INTERACTION.exec(key)?.[1];
    const question = index === undefined ? null : (cmi[`cmi.interactions.${index}.id`] ?? `record ${index}`);
    // A question matches as a whole when its id does, so its answers stay together.
    if (wanted && !contains(key, wanted) && !contains(value, wanted) && !(question && contains(question, wanted))) continue;
    if (question === null) {
      const last = groups.at(-1);
      if (last && last.question === null) last.rows.push([key, value]);
      else groups.push({ question: null, records: [], rows: [[key, value]] });
      continue;
    }
    let group = byQuestion.get(question);
    if (!group) {
      group = { question, records: [], rows: [] };
      byQuestion.set(question, group);
      groups.push(group);
    }
    const n = Number(index);
    if (!group.records.includes(n)) group.records.push(n);
    group.rows.push([key, value]);
  }
  return groups;
}

export interface NumberedCall {
  /** 1-based position in the whole log, so numbering stays true when filtered or sorted. */
  readonly n: number;
  readonly call: ApiCall;
}

/**
 * The log as the panel shows it: calls whose method or element (first argument) contains
 * `query` (any case), the failed ones first when `errorsFirst`, each keeping its number.
 */
export function filterCalls(calls: readonly ApiCall[], firstIndex: number, query: string, errorsFirst: boolean): NumberedCall[] {
  const wanted = query.trim().toLowerCase();
  const shown = calls
    .map((call, i) => ({ n: firstIndex + i + 1, call }))
    .filter(({ call }) => !wanted || contains(call.method, wanted) || contains(call.args[0] ?? '', wanted));
  if (!errorsFirst) return shown;
  return [...shown.filter(({ call }) => failed(call)), ...shown.filter(({ call }) => !failed(call))];
}
