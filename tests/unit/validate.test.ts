// Build-time checks on crafted broken modules: each slip an author can make fails with
// a message that names the file and the page or question to fix.
import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, Course, Module, Question, QuizPage } from '../../src/course/types';
import { hasMessage, validateBank, validateCourse, validateLocale, validateModule, type Messages } from '../../src/course/validate';
import { course } from '../../modules/course';
import enGB from '../../locales/en-GB.json';

const FILE = 'modules/sample/module.ts';

const messages: Messages = {
  sample: {
    title: 'Sample',
    summary: 'A sample module',
    intro: { heading: 'Intro', p1: 'Hello' },
    notes: { intro: 'Say hello', check: 'Let the room answer' },
    check: {
      heading: 'Check',
      q1: { prompt: 'Pick one', a: 'A', b: 'B', c: 'C', b_feedback: 'Yes', correct: 'Right', incorrect: 'Wrong' },
      q2: { prompt: 'Pick some', hint: 'All that apply', a: 'A', b: 'B', c: 'C', correct: 'Right', incorrect: 'Wrong' },
      q3: { prompt: 'True?', correct: 'Right', incorrect: 'Wrong' },
    },
  },
};

function sample(): Module {
  return {
    id: 'sample',
    title: 'sample.title',
    summary: 'sample.summary',
    pages: [
      { id: 'intro', kind: 'text', heading: 'sample.intro.heading', body: ['sample.intro.p1'], notes: ['sample.notes.intro'] },
      {
        id: 'check',
        kind: 'quiz',
        heading: 'sample.check.heading',
        notes: ['sample.notes.check'],
        questions: [
          {
            id: 'q1',
            type: 'single',
            prompt: 'sample.check.q1.prompt',
            options: [
              { id: 'a', label: 'sample.check.q1.a' },
              { id: 'b', label: 'sample.check.q1.b', feedback: 'sample.check.q1.b_feedback' },
              { id: 'c', label: 'sample.check.q1.c' },
            ],
            correct: ['b'],
            feedback: { correct: 'sample.check.q1.correct', incorrect: 'sample.check.q1.incorrect' },
          },
          {
            id: 'q2',
            type: 'multiple',
            prompt: 'sample.check.q2.prompt',
            hint: 'sample.check.q2.hint',
            options: [
              { id: 'a', label: 'sample.check.q2.a' },
              { id: 'b', label: 'sample.check.q2.b' },
              { id: 'c', label: 'sample.check.q2.c' },
            ],
            correct: ['a', 'c'],
            feedback: { correct: 'sample.check.q2.correct', incorrect: 'sample.check.q2.incorrect' },
          },
          {
            id: 'q3',
            type: 'truefalse',
            prompt: 'sample.check.q3.prompt',
            correct: ['true'],
            feedback: { correct: 'sample.check.q3.correct', incorrect: 'sample.check.q3.incorrect' },
          },
        ],
      },
    ],
  };
}

const quizOf = (m: Module) => m.pages.find((p): p is QuizPage => p.kind === 'quiz')!;
const question = (m: Module, id: string): ChoiceQuestion => quizOf(m).questions.find((q) => q.id === id)! as ChoiceQuestion;

/** Breaks a fresh copy of the sample and returns the errors for it. */
function errorsAfter(breakIt: (m: Module) => void): string[] {
  const m = sample();
  breakIt(m);
  return validateModule(m, 'sample', messages, FILE);
}

/** Exactly one error, and it names the file and the item. */
function expectOneError(errors: string[], ...mentions: (string | RegExp)[]) {
  expect(errors).toHaveLength(1);
  const [error] = errors as [string];
  expect(error.startsWith(`${FILE}: `), error).toBe(true);
  for (const m of mentions) expect(error).toMatch(m);
}

describe('validateModule', () => {
  it('the unbroken sample has no errors', () => {
    expect(validateModule(sample(), 'sample', messages, FILE)).toEqual([]);
  });

  it('a missing locale key names the question, the field and the key', () => {
    const errors = errorsAfter((m) => {
      question(m, 'q2').prompt = 'sample.check.q2.promt';
    });
    expectOneError(errors, 'question "q2" prompt', '"sample.check.q2.promt"', /missing/);
  });

  it('a missing option label or option feedback names the question and option', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q1').options![0]!.label = 'sample.check.q1.z';
      }),
      'question "q1" option "a"',
      '"sample.check.q1.z"',
    );
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q1').options![2]!.feedback = 'sample.check.q1.c_feedback';
      }),
      'question "q1" option "c" feedback',
    );
  });

  it('a missing page text names the page', () => {
    expectOneError(
      errorsAfter((m) => {
        m.pages[0]!.body = ['sample.intro.p1', 'sample.intro.p2'];
      }),
      'page "intro" body',
      '"sample.intro.p2"',
    );
  });

  it('a question with no correct option', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q1').correct = [];
      }),
      'question "q1"',
      /no correct option/,
    );
  });

  it('a correct id that is not one of the options', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q2').correct = ['a', 'd'];
      }),
      'question "q2"',
      /"d" is not one of its options/,
    );
  });

  it('a true/false answer other than true or false', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q3').correct = ['yes'];
      }),
      'question "q3"',
      /"yes" is not one of its options/,
    );
  });

  it('a true/false question given options', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q3').options = [
          { id: 'true', label: 'sample.check.q1.a' },
          { id: 'false', label: 'sample.check.q1.b' },
        ];
      }),
      'question "q3"',
      /true\/false question takes no options/,
    );
  });

  it('a single-choice question with two correct answers', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q1').correct = ['a', 'b'];
      }),
      'question "q1"',
      /exactly one correct option/,
    );
  });

  it('a choice question with fewer than two options', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q1').options = [{ id: 'b', label: 'sample.check.q1.b' }];
      }),
      'question "q1"',
      /at least two options/,
    );
  });

  it('a duplicate page id', () => {
    expectOneError(
      errorsAfter((m) => {
        m.pages.push({ id: 'intro', kind: 'text', heading: 'sample.intro.heading', notes: ['sample.notes.intro'] });
      }),
      'page id "intro"',
      /used twice/,
    );
  });

  it('a duplicate question id, also across two quiz pages', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q2').id = 'q1';
      }),
      'question id "q1"',
      /used twice/,
    );
    expectOneError(
      errorsAfter((m) => {
        m.pages.push({
          id: 'check2',
          kind: 'quiz',
          heading: 'sample.check.heading',
          notes: ['sample.notes.check'],
          questions: [structuredClone(question(m, 'q3'))],
        });
      }),
      'question id "q3"',
      /used twice/,
    );
  });

  it('a duplicate option id', () => {
    expectOneError(
      errorsAfter((m) => {
        question(m, 'q2').options![1]!.id = 'a';
      }),
      'question "q2"',
      /option ids repeat/,
    );
  });

  it('a correct answer listed twice, which no learner could ever match', () => {
    // isCorrect needs as many choices as correct ids, so ['a', 'a'] can never be answered right.
    const errors = errorsAfter((m) => {
      question(m, 'q2').correct = ['a', 'a'];
    });
    expect(errors).toEqual([expect.stringMatching(/^modules\/sample\/module\.ts: question "q2"/)]);
  });

  it.each([
    ['a page id with a space', (m: Module) => void (m.pages[0]!.id = 'the intro'), 'page id "the intro"'],
    ['a page id with a capital', (m: Module) => void (m.pages[0]!.id = 'Intro'), 'page id "Intro"'],
    ['a question id with a capital', (m: Module) => void (question(m, 'q1').id = 'Q1'), 'question id "Q1"'],
    ['a question id with a space', (m: Module) => void (question(m, 'q1').id = 'q 1'), 'question id "q 1"'],
    ['a question id with a dot', (m: Module) => void (question(m, 'q1').id = 'q.1'), 'question id "q.1"'],
  ])('%s', (_what, breakIt, mention) => {
    expectOneError(errorsAfter(breakIt), mention, /must match/);
  });

  // SCORM 1.2 reports choices as single characters, so option ids are one a-z or 0-9.
  it.each([
    ['an option id with a capital', (m: Module) => void (question(m, 'q1').options![0]!.id = 'A'), 'option id "A"'],
    ['an option id with a space', (m: Module) => void (question(m, 'q1').options![0]!.id = 'a a'), 'option id "a a"'],
    // "-" joins a sort answer's item and category.
    ['an option id with a hyphen', (m: Module) => void (question(m, 'q1').options![0]!.id = 'fine-needles'), 'option id "fine-needles"'],
  ])('%s', (_what, breakIt, mention) => {
    expectOneError(errorsAfter(breakIt), mention, /must match/);
  });

  it('a module id that differs from the course entry', () => {
    expectOneError(validateModule(sample(), 'other', messages, FILE), '"sample"', '"other"');
  });

  it('a module with no pages, and a quiz with no questions', () => {
    expectOneError(
      errorsAfter((m) => {
        m.pages = [];
      }),
      /no pages/,
    );
    expectOneError(
      errorsAfter((m) => {
        quizOf(m).questions = [];
      }),
      'page "check"',
      /at least one question/,
    );
  });

  it('reports every problem, not just the first', () => {
    const errors = errorsAfter((m) => {
      question(m, 'q1').correct = [];
      question(m, 'q2').prompt = 'nope';
      m.pages[0]!.id = 'Intro';
    });
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e.startsWith(`${FILE}: `)).toBe(true);
  });
});

describe('validateCourse', () => {
  const real = enGB as Messages;
  const broken = (change: (c: Course) => void): Course => {
    const c: Course = { ...course, settings: { ...course.settings }, modules: course.modules.map((m) => ({ ...m })) };
    change(c);
    return c;
  };

  it('a mastery score of 120 names the file and the setting', () => {
    const errors = validateCourse(
      broken((c) => void (c.settings.masteryScore = 120)),
      real,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^modules\/course\.ts: settings\.masteryScore .*120/);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('a mastery score of %s is rejected', (score) => {
    expect(
      validateCourse(
        broken((c) => void (c.settings.masteryScore = score)),
        real,
      ),
    ).toHaveLength(1);
  });

  it('the boundaries 0 and 100 are accepted', () => {
    expect(
      validateCourse(
        broken((c) => void (c.settings.masteryScore = 0)),
        real,
      ),
    ).toEqual([]);
    expect(
      validateCourse(
        broken((c) => void (c.settings.masteryScore = 100)),
        real,
      ),
    ).toEqual([]);
  });

  it('an unknown SCORM 1.2 reporting choice', () => {
    const errors = validateCourse(
      broken((c) => void ((c.settings as { scorm12Reporting: string }).scorm12Reporting = 'passed-completed')),
      real,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^modules\/course\.ts: settings\.scorm12Reporting .*"passed-completed"/);
  });

  it('a module listed twice, with a bad id, or with a missing title', () => {
    const first = course.modules[0]!;
    expect(
      validateCourse(
        broken((c) => c.modules.push({ ...first })),
        real,
      ),
    ).toEqual([`modules/course.ts: module id "${first.id}" is listed twice`]);
    expect(
      validateCourse(
        broken((c) => void (c.modules[0]!.id = 'Endorphins')),
        real,
      )[0],
    ).toMatch(/module id "Endorphins" must match/);
    const missing = validateCourse(
      broken((c) => void (c.modules[0]!.title = 'endorphins.titel')),
      real,
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^modules\/course\.ts: module "endorphins" title: text "endorphins\.titel" is missing/);
  });

  it('a course with no modules', () => {
    expect(
      validateCourse(
        broken((c) => void (c.modules = [])),
        real,
      ),
    ).toEqual(['modules/course.ts: the course lists no modules']);
  });
});

describe('a module is one folder', () => {
  it('every page has facilitator notes, named by page and field', () => {
    expectOneError(
      errorsAfter((m) => delete m.pages[1]!.notes),
      'page "check"',
      'notes',
    );
  });

  it("every key starts with the module's id", () => {
    const errors = errorsAfter((m) => (m.pages[0]!.heading = 'menu.title'));
    expectOneError(errors, 'page "intro" heading', '"menu.title"', 'must start with "sample."');
  });

  it('every module has a question bank when the course has an assessment', async () => {
    const b = (await course.assessment!.load()).default;
    const { relief: _, ...rest } = b;
    const errors = validateBank(course, rest, enGB as Messages);
    expect(errors).toContain(`modules/relief/bank.ts: missing or empty: the final assessment draws questions from every module's bank`);
  });
});

describe('validateLocale', () => {
  const want = { 'a.b': 'B', 'a.c': 'C' };
  it('a reviewed language lacking a text fails, naming file and key', () => {
    const r = validateLocale('locales/xx.json', { have: { 'a.b': 'b' }, want, draft: false });
    expect(r).toEqual({ errors: ['locales/xx.json: text "a.c" is missing (it is in locales/en-GB.json)'], warnings: [] });
  });
  it('a draft lacking a text warns (the build shows the English); a key the source lacks fails', () => {
    const r = validateLocale('locales/xx.json', { have: { 'a.b': 'b', 'a.d': 'd' }, want, draft: true });
    expect(r.errors).toEqual(['locales/xx.json: text "a.d" is not in locales/en-GB.json (a misspelt or stale key)']);
    expect(r.warnings).toEqual(['locales/xx.json: text "a.c" is missing (it is in locales/en-GB.json); the draft shows the English']);
  });
});

describe('hasMessage', () => {
  it('finds only string leaves of the nested locale', () => {
    expect(hasMessage(messages, 'sample.check.q1.prompt')).toBe(true);
    expect(hasMessage(messages, 'sample.check.q1')).toBe(false);
    expect(hasMessage(messages, 'sample.check.q1.prompt.more')).toBe(false);
    expect(hasMessage(messages, 'sample.nope')).toBe(false);
    expect(hasMessage(messages, '')).toBe(false);
  });
});

describe('validateBank', () => {
  const real = enGB as Messages;
  const banks = async () => (await course.assessment!.load()).default;

  it('the real banks pass, and hold enough questions to draw from', async () => {
    expect(validateBank(course, await banks(), real)).toEqual([]);
  });

  it('names the bank file when a question id is used in two banks', async () => {
    const b = await banks();
    const first = b.endorphins![0]!;
    const errors = validateBank(course, { ...b, expect: [...b.expect!, first] }, real);
    expect(errors.join('\n')).toContain(`modules/expect/bank.ts: question id "${first.id}" is used in another bank too`);
  });

  it('says so when the banks hold fewer questions than the assessment draws', async () => {
    const errors = validateBank(course, { endorphins: (await banks()).endorphins!.slice(0, 2) }, real);
    expect(errors.join('\n')).toMatch(/draws 10 questions but the banks hold 2/);
  });

  it('names the bank and question when a text is missing', async () => {
    const b = await banks();
    const q = { ...b.relief![0]!, prompt: 'relief.bank.nope' } as Question;
    const errors = validateBank(course, { ...b, relief: [q, ...b.relief!.slice(1)] }, real);
    expect(errors.join('\n')).toContain(`modules/relief/bank.ts: question "${q.id}" prompt: text "relief.bank.nope" is missing`);
  });
});
