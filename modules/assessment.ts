// The final assessment's question banks: every modules/<id>/bank.ts, keyed by module id
// (the topic a learner is sent back to when they get its questions wrong). Each learner
// sees a question's options in an order of their own (src/quiz/draw.ts); as written, the
// right answers are spread over the places and every wrong option is a plausible mistake
// (tests/unit/answer-positions.test.ts counts them). An option's key letter is its name,
// not its place.
import type { Question } from '../src/course/types';

const banks = import.meta.glob<{ default: Question[] }>('./*/bank.ts', { eager: true });

const byModule: Record<string, Question[]> = Object.fromEntries(Object.entries(banks).map(([path, m]) => [path.split('/')[1]!, m.default]));

export default byModule;
