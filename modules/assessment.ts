// The final assessment's question banks: every modules/<id>/bank.ts, keyed by module id
// (the topic a learner is sent back to when they get its questions wrong).
import type { Question } from '../src/course/types';

const banks = import.meta.glob<{ default: Question[] }>('./*/bank.ts', { eager: true });

const byModule: Record<string, Question[]> = Object.fromEntries(Object.entries(banks).map(([path, m]) => [path.split('/')[1]!, m.default]));

export default byModule;
