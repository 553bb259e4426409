// Read aloud speaks one sentence at a time: the splitting must keep every word, never
// give an empty or punctuation-only piece, and give offsets into the original text.
import { describe, expect, it } from 'vitest';
import { splitSentences, spoken } from './sentences';

const pieces = (text: string, lang = 'en-GB') => splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(pieces('Acupuncture is an old treatment. Does it hurt? Not much!')).toEqual(['Acupuncture is an old treatment.', 'Does it hurt?', 'Not much!']);
  });

  it('keeps a heading or label without a full stop as one piece', () => {
    expect(pieces('Check what you know')).toEqual(['Check what you know']);
  });

  it('trims white space and leaves out pieces with no words', () => {
    expect(pieces('  \n First one.   … \n Second one.  ')).toEqual(['First one.', 'Second one.']);
    expect(pieces(' → ')).toEqual([]);
    expect(pieces('')).toEqual([]);
  });

  it('keeps numbers with decimal points whole', () => {
    expect(pieces('People have used it for more than 2,000 years. It costs 2.50 a week.')).toEqual([
      'People have used it for more than 2,000 years.',
      'It costs 2.50 a week.',
    ]);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'One. Two.';
    expect(splitSentences(text, 'en')).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });
});

describe('spoken', () => {
  it('collapses white space', () => {
    expect(spoken('  Very fine\n   needles  ')).toBe('Very fine needles');
  });
});
