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

export type QuestionType = 'single' | 'multiple' | 'truefalse';

export interface QuestionOption {
  id: Id;
  label: MessageKey;
  /** Shown after Check answer when the learner chose this option. */
  feedback?: MessageKey;
}

export interface Question {
  id: Id;
  type: QuestionType;
  prompt: MessageKey;
  /** Optional hint under the prompt, e.g. "Choose all that apply". */
  hint?: MessageKey;
  /**
   * For 'truefalse' the engine supplies the options `true` and `false`; give none here.
   * For 'single' and 'multiple', two or more.
   */
  options?: QuestionOption[];
  /** Ids of the correct options (`true` / `false` for a true/false question). */
  correct: Id[];
  /** Per-question feedback, shown after Check answer. */
  feedback: { correct: MessageKey; incorrect: MessageKey };
}

/** What an interactive module component receives. Its state is kept by the engine. */
export interface ActivityProps {
  /** Short, language-neutral saved state (kept in suspend data). */
  value: string;
  /** Call to save new state; keep it short: it travels in SCORM suspend data. */
  onchange: (value: string) => void;
}

interface PageBase {
  id: Id;
  heading: MessageKey;
  /** Paragraphs, in order. */
  body?: MessageKey[];
}

export interface TextPage extends PageBase {
  kind: 'text';
  /** Marks the module's closing takeaway page (styled as a summary). */
  takeaway?: boolean;
}

export interface ActivityPage extends PageBase {
  kind: 'activity';
  component: Component<ActivityProps>;
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
   * Percentage (0-100) needed to pass a knowledge check.
   * @defaultValue 80
   */
  masteryScore: number;
  /** @defaultValue 'passed-failed' */
  scorm12Reporting: Scorm12Reporting;
}

/** A module as the course lists it: known up front, its pages loaded on demand. */
export interface ModuleEntry {
  id: Id;
  title: MessageKey;
  summary: MessageKey;
  load: () => Promise<{ default: Module }>;
}

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
}
