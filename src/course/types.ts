// The course model. Every string a learner sees is a locale key (MessageKey),
// never text: the engine looks it up through svelte-i18n.
import type { Component } from 'svelte';

/** A key into locales/<code>.json, e.g. "endorphins.intro.heading". */
export type MessageKey = string;

/**
 * Language-neutral identifier. It names things in suspend data, interaction ids and
 * objective ids, so it must be safe for every LMS: Moodle's 2004 run-time accepts only
 * letters, digits, `_` and `.` in response identifiers.
 */
export type Id = string;
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

/**
 * At most this many options (or sort items, or categories) per question: SCORM 1.2
 * reports a choice as single characters, a-z then 0-9, by the option's place in the list.
 */
export const MAX_CHOICES = 36;

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'sort';

export interface QuestionOption {
  id: Id;
  label: MessageKey;
  /** Shown after Check answer when the learner chose this option. */
  feedback?: MessageKey;
}

interface QuestionBase {
  id: Id;
  prompt: MessageKey;
  /** Optional hint under the prompt, e.g. "Choose all that apply". */
  hint?: MessageKey;
  /** Per-question feedback, shown after Check answer. */
  feedback: { correct: MessageKey; incorrect: MessageKey };
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple' | 'truefalse';
  /**
   * For 'truefalse' the engine supplies the options `true` and `false`; give none here.
   * For 'single' and 'multiple', two to MAX_CHOICES, with ids that say what each is
   * (`fine_needles`): LMS reports show them. Keep their order: SCORM 1.2 reports each by
   * its place (a, b, c…).
   */
  options?: QuestionOption[];
  /** Ids of the correct options (`true` / `false` for a true/false question). */
  correct: Id[];
}

/**
 * Sort each item into one of the categories (e.g. passive / active). Answered per item
 * with a choice, so it works by keyboard and screen reader; reported as "matching".
 */
export interface SortQuestion extends QuestionBase {
  type: 'sort';
  /** Ids that say what each is (`passive`); SCORM 1.2 reports each by its place. */
  categories: { id: Id; label: MessageKey }[];
  /** Ids that say what each is (`going_for_walk`); `category` is the right one; `feedback` explains it. */
  items: { id: Id; label: MessageKey; category: Id; feedback?: MessageKey }[];
}

export type Question = ChoiceQuestion | SortQuestion;

/** What an interactive module component receives. Its state is kept by the engine. */
export interface ActivityProps {
  /** Short, language-neutral saved state (kept in suspend data). */
  value: string;
  /** Call to save new state; keep it short: it travels in SCORM suspend data. */
  onchange: (value: string) => void;
  /**
   * Shown on a projector in presenter mode: nothing is saved (onchange is ignored) and
   * the screen is a slide, so a component may choose a more compact layout.
   */
  presenting?: boolean;
}

/** What an activity's summary component receives: the saved state, to show, not change. */
export interface ActivitySummaryProps {
  value: string;
}

/**
 * What an activity component may export (`export function move`) for presenter mode: the
 * clicker's Next and Back move its figure one step (+1, -1), as they step through a
 * question's reveal. It returns false at the figure's end, and Next or Back then turns
 * the page.
 */
export interface ActivityStepper {
  move?: (direction: 1 | -1) => boolean;
}

interface PageBase {
  id: Id;
  heading: MessageKey;
  /** Paragraphs, in order. */
  body?: MessageKey[];
  /** Facilitator notes for presenter mode, paragraphs in order; never shown to learners. */
  notes?: MessageKey[];
  /** The page tells the learner where to get help: the service's contact block follows its text. */
  help?: boolean;
}

export interface TextPage extends PageBase {
  kind: 'text';
  /** Marks the module's closing takeaway page (styled as a summary). */
  takeaway?: boolean;
}

export interface ActivityPage extends PageBase {
  kind: 'activity';
  component: Component<ActivityProps, ActivityStepper>;
  /**
   * What the activity becomes on a projector in presenter mode: a question for the
   * room to discuss, shown instead of the page text and the component. Without it the
   * component is shown as it is (it saves nothing there).
   */
  presenterPrompt?: MessageKey;
  /**
   * The paragraphs its slide shows in presenter mode, where some of the page's own speak
   * to a learner alone at a screen ("move the slider") rather than to a room; the page's
   * body if absent. A projector has no room to spare for them.
   */
  presenterBody?: MessageKey[];
  /**
   * What the learner made, as it goes home: shown on the course summary and in its print
   * (the summary links to the activity's page otherwise).
   */
  summary?: Component<ActivitySummaryProps>;
}

export interface QuizPage extends PageBase {
  kind: 'quiz';
  questions: Question[];
}

export type Page = TextPage | ActivityPage | QuizPage;

export interface Module {
  id: Id;
  title: MessageKey;
  /** One line for the menu. */
  summary: MessageKey;
  pages: Page[];
}

/** How the course result is reported to a SCORM 1.2 LMS (cmi.core.lesson_status). */
export type Scorm12Reporting = 'passed-failed' | 'passed-incomplete' | 'completed-incomplete' | 'completed-failed';

export interface CourseSettings {
  /**
   * Percentage (0-100) needed to pass the course: the final assessment's score, or without
   * one, the mean of the parts' checks.
   * @defaultValue 80
   */
  masteryScore: number;
  /**
   * Whether each part's objective also reports passed or failed (its check's score against
   * masteryScore). Off, the part checks are for learning: their objectives carry the score
   * and whether the part is done, so an LMS report never shows a part as failed.
   * @defaultValue false
   */
  partChecksGraded: boolean;
  /** @defaultValue 'passed-failed' */
  scorm12Reporting: Scorm12Reporting;
  /**
   * How many questions the final assessment draws from its bank.
   * @defaultValue 10
   */
  assessmentQuestions: number;
  /**
   * How many tries the final assessment allows; 0 for no limit.
   * @defaultValue 0
   */
  assessmentAttempts: number;
  /**
   * Whether every module must be done before the final assessment opens.
   * @defaultValue true
   */
  assessmentAfterModules: boolean;
}

/** The final assessment: a bank of questions per module, drawn afresh for each try. */
export interface AssessmentEntry {
  title: MessageKey;
  intro: MessageKey[];
  /** Question banks by module id (the module is the topic to review). */
  load: () => Promise<{ default: Record<Id, Question[]> }>;
}

/** A module as the course lists it: known up front, its pages loaded on demand. */
export interface ModuleEntry {
  id: Id;
  title: MessageKey;
  summary: MessageKey;
  load: () => Promise<{ default: Module }>;
}

/** What a question was called before its ids were renamed, so saved progress keeps. */
export interface Renamed {
  id: Id;
  options?: Record<Id, Id>;
  items?: Record<Id, Id>;
  categories?: Record<Id, Id>;
}

/** Renamed questions, by module id (`assessment` for the final check), by old question id. */
export type IdRenames = Record<Id, Record<Id, Renamed>>;

export interface Course {
  /** Language-neutral course id: names the manifest, the local store and interaction ids. */
  id: Id;
  title: MessageKey;
  /** Start screen: what you will learn (a list) and how long it takes. */
  description: MessageKey;
  outcomes: MessageKey[];
  duration: MessageKey;
  settings: CourseSettings;
  modules: ModuleEntry[];
  /** Optional: when present, passing the course means passing it. */
  assessment?: AssessmentEntry;
  /** Old question and option ids, read when restoring progress saved before a rename. */
  renamed?: IdRenames;
}
