// The plan in words: what an activity is called and one sentence per activity, for the
// plan builder and the plan sheet alike. `t` is svelte-i18n's formatter in the learner's
// language.
import { ACTIVITIES, OWN, type ActivityCode, type OftenCode, type Plan, type PlanItem, type StartCode } from './plan';

type Translate = (key: string, options?: { values: Record<string, string> }) => string;

/** Words for each activity's checkbox, and in the plan. Keys written out in full. */
const OWN_LABEL = 'relief.plan.activity.own';
export const labelOf = (code: ActivityCode): string => ACTIVITIES.find((a) => a.code === code)?.label ?? OWN_LABEL;
const oftenPhrase = (code: OftenCode) => `relief.plan.often.${code}_phrase`;
const startPhrase = (code: StartCode) => `relief.plan.start.${code}_phrase`;

/** What the plan calls an activity: its label, or the learner's own words. */
export function nameOf(t: Translate, plan: Plan, item: PlanItem): string {
  if (item.activity !== OWN) return t(labelOf(item.activity));
  return plan.ownText.trim() || t('relief.plan.ownUnnamed');
}

/** One sentence of the plan, leaving out what is not chosen yet. */
export function sentence(t: Translate, plan: Plan, item: PlanItem): string {
  const activity = nameOf(t, plan, item);
  if (item.often && item.start) {
    return t('relief.plan.summary.full', { values: { activity, often: t(oftenPhrase(item.often)), start: t(startPhrase(item.start)) } });
  }
  if (item.often) return t('relief.plan.summary.often', { values: { activity, often: t(oftenPhrase(item.often)) } });
  if (item.start) return t('relief.plan.summary.start', { values: { activity, start: t(startPhrase(item.start)) } });
  return t('relief.plan.summary.bare', { values: { activity } });
}
