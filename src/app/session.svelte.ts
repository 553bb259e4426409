// The learner's session: course progress as runes, changed only through the actions
// below, each of which hands one snapshot to the tracker. The UI never sees an LMS.
import { ModuleCache, firstPage } from '../course/modules.svelte';
import type { Course, Id, Module, Question } from '../course/types';
import { emptyModuleProgress, emptyProgress, hasProgress, type ModuleProgress, type Progress } from '../course/progress';
import { ASSESSMENT_ID, courseResult, finishTry } from '../course/result';
import { drawQuestions, type Random } from '../quiz/draw';
import { allAnswered, choicesOf, correctResponse, isCorrect, scorePercent } from '../course/scoring';
import type { Answer } from '../tracking/backend';
import type { Tracker } from '../tracking/tracker';
import { decodeProgress, encodeProgress, pruneToModule } from '../tracking/state-codec';
import { locationOf, routeFromLocation, routeHash, type Route } from './route';
import type { Ending } from '../ui/SaveAndClose.svelte';

export type ModuleStatus = 'not-started' | 'in-progress' | 'done';

/** Places a learner comes back to: not the start screen, the accessibility statement or an earlier attempt's copy. */
const bookmarkable = (route: Route) => route.name !== 'start' && route.name !== 'accessibility' && route.name !== 'earlier';

const questionsOf = (m: Module): Question[] => m.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions : []));

export class Session {
  progress: Progress = $state(emptyProgress());
  route: Route = $state({ name: 'start' });
  /** Set once Save and close has ended the visit: the views give way to what to do next. */
  ended: Ending | null = $state(null);
  readonly #modules: ModuleCache;
  /** The assessment's question banks by module id, once loaded. */
  bank: Record<Id, Question[]> | null = $state.raw(null);
  /** Where the learner was when this session began (null on a first launch). */
  readonly resumeAt: Route | null;
  readonly result = $derived(courseResult(this.course, this.progress));
  private pendingAnswers: Answer[] = [];
  /** Counts show() calls, so a slow one never lands after a newer one. */
  private navigations = 0;
  /**
   * The SCORM bookmark: the last place worth returning to. The start screen and the
   * accessibility statement leave it where it was, so closing the course there keeps it.
   */
  private bookmark: string;

  constructor(
    readonly course: Course,
    readonly tracker: Tracker,
  ) {
    this.#modules = new ModuleCache(course);
    const { suspendData, location } = tracker.launch;
    const moduleIds = course.modules.map((m) => m.id);
    const decoded = decodeProgress(suspendData, course.id, moduleIds, course.renamed);
    const saved = decoded && hasProgress(decoded) ? decoded : null;
    if (saved) this.progress = saved;
    const at = location ? routeFromLocation(location) : null;
    this.resumeAt = saved && at && bookmarkable(at) ? at : saved ? { name: 'menu' } : null;
    this.bookmark = this.resumeAt ? locationOf(this.resumeAt) : '';
  }

  statusOf(moduleId: Id): ModuleStatus {
    const p = this.progress.modules[moduleId];
    if (!p) return 'not-started';
    if (p.done) return 'done';
    return p.seen.length ? 'in-progress' : 'not-started';
  }

  /** Modules loaded so far, by id. */
  get modules(): Record<Id, Module> {
    return this.#modules.loaded;
  }

  async load(moduleId: Id): Promise<Module | null> {
    const cached = this.modules[moduleId];
    if (cached) return cached;
    const module = await this.#modules.load(moduleId);
    if (!module) return null;
    // Saved progress may name pages or questions this module no longer has.
    const saved = this.progress.modules[moduleId];
    if (saved) {
      this.progress.modules[moduleId] = pruneToModule(saved, {
        pages: module.pages.map((p) => p.id),
        questions: questionsOf(module).map((q) => q.id),
      });
    }
    return module;
  }

  /** Whether the final assessment may be taken now. */
  get assessmentOpen(): boolean {
    return !this.course.settings.assessmentAfterModules || this.course.modules.every((m) => this.statusOf(m.id) === 'done');
  }

  /** Tries left after the current one (Infinity when unlimited). */
  get attemptsLeft(): number {
    const limit = this.course.settings.assessmentAttempts;
    return limit === 0 ? Infinity : Math.max(0, limit - (this.progress.assessment?.attempt ?? 0));
  }

  async loadBank(): Promise<Record<Id, Question[]> | null> {
    if (this.bank || !this.course.assessment) return this.bank;
    this.bank = (await this.course.assessment.load()).default;
    const a = this.progress.assessment;
    // Keep the saved draw, minus questions the bank no longer has.
    if (a) {
      const known = new Set(Object.values(this.bank).flatMap((qs) => qs.map((q) => q.id)));
      a.draw = a.draw.filter((id) => known.has(id));
    }
    return this.bank;
  }

  /** The questions of the current try, in the drawn order. */
  get assessmentQuestions(): Question[] {
    const byId = new Map(Object.values(this.bank ?? {}).flatMap((qs) => qs.map((q) => [q.id, q] as const)));
    return (this.progress.assessment?.draw ?? []).flatMap((id) => byId.get(id) ?? []);
  }

  /** Topics (module ids) with a wrong answer in the current try. */
  get topicsToReview(): Id[] {
    const answers = this.progress.assessment?.answers ?? {};
    const missed = (topic: Id) => (this.bank?.[topic] ?? []).some((q) => answers[q.id] && !isCorrect(q, answers[q.id]!));
    // In course order, whatever order the bank file lists its topics in.
    return this.course.modules.map((m) => m.id).filter(missed);
  }

  /**
   * Starts a try with a fresh draw, repeating as few of the last try's questions as the
   * bank allows. The score of the last try stands until this one ends.
   */
  startAssessment(random: Random = Math.random) {
    if (!this.bank || this.attemptsLeft <= 0) return;
    const ids = Object.fromEntries(Object.entries(this.bank).map(([t, qs]) => [t, qs.map((q) => q.id)]));
    const previous = this.progress.assessment;
    this.progress.assessment = {
      draw: drawQuestions(ids, this.course.settings.assessmentQuestions, random, previous?.draw),
      answers: {},
      attempt: (previous?.attempt ?? 0) + 1,
      score: previous?.score,
      passed: previous?.passed,
    };
    this.sync();
  }

  answerAssessment(question: Question, response: Id[], latencyMs: number, description: string) {
    const a = this.progress.assessment;
    if (!a) return;
    a.answers[question.id] = [...response];
    this.pendingAnswers.push(this.answerRecord(ASSESSMENT_ID, question, response, latencyMs, description));
    const questions = this.assessmentQuestions;
    if (allAnswered(questions, a.answers)) {
      const { score, passed } = finishTry(a, scorePercent(questions, a.answers), this.course.settings.masteryScore);
      a.score = score;
      a.passed = passed;
    }
    this.sync();
  }

  private answerRecord(moduleId: Id, question: Question, response: Id[], latencyMs: number, description: string): Answer {
    return {
      moduleId,
      questionId: question.id,
      type: question.type,
      response: [...response],
      correct: correctResponse(question),
      ...choicesOf(question),
      result: isCorrect(question, response),
      description,
      latencyMs,
      at: new Date(),
    };
  }

  private moduleProgress(moduleId: Id): ModuleProgress {
    return (this.progress.modules[moduleId] ??= emptyModuleProgress());
  }

  /** Called for every route change (links, Back button, resume). */
  async show(route: Route): Promise<void> {
    // A later navigation wins over an earlier one still loading (a slow module or bank).
    const turn = ++this.navigations;
    const overtaken = () => turn !== this.navigations;
    if (route.name === 'module') {
      const module = await this.load(route.moduleId);
      if (overtaken()) return;
      if (!module) return this.show({ name: 'menu' });
      const seen = this.progress.modules[route.moduleId]?.seen ?? [];
      const next = firstPage(module, seen);
      if (!next) return this.show({ name: 'menu' });
      route = { name: 'page', moduleId: route.moduleId, pageId: next.id };
      // Replace, not push: Back should not land on the bare module link again.
      history.replaceState(history.state, '', routeHash(route));
    }
    if (route.name === 'assessment') await this.loadBank();
    if (route.name === 'page') {
      const module = await this.load(route.moduleId);
      if (overtaken()) return;
      if (!module || !module.pages.some((p) => p.id === route.pageId)) {
        this.route = { name: 'menu' };
        return this.sync();
      }
      const mp = this.moduleProgress(route.moduleId);
      if (!mp.seen.includes(route.pageId)) mp.seen.push(route.pageId);
      this.updateDone(route.moduleId);
    }
    if (overtaken()) return;
    this.route = route;
    this.sync();
  }

  answer(moduleId: Id, question: Question, response: Id[], latencyMs: number, description: string) {
    const mp = this.moduleProgress(moduleId);
    mp.answers[question.id] = [...response];
    this.pendingAnswers.push(this.answerRecord(moduleId, question, response, latencyMs, description));
    const module = this.modules[moduleId];
    if (module) {
      const questions = questionsOf(module);
      if (allAnswered(questions, mp.answers)) mp.score = scorePercent(questions, mp.answers);
      this.updateDone(moduleId);
    }
    this.sync();
  }

  /** Clears the answers to these questions for a new try; the last score stands until then. */
  retry(moduleId: Id, questionIds: Id[]) {
    const mp = this.moduleProgress(moduleId);
    for (const id of questionIds) delete mp.answers[id];
    this.sync();
  }

  setActivity(moduleId: Id, pageId: Id, value: string) {
    this.moduleProgress(moduleId).activities[pageId] = value;
    this.sync();
  }

  /** Progress the learner brought from another device (src/offline/progress-file.ts), in place of this one. */
  replaceProgress(progress: Progress) {
    this.progress = progress;
    this.sync();
  }

  /** Start again: forget this attempt's progress (the LMS keeps what it already recorded). */
  /**
   * A new start: answers, places and the final check go. What the learner made in the
   * activities (such as a plan) is kept unless they ask for that to go too.
   */
  restart({ keepActivities = true }: { keepActivities?: boolean } = {}) {
    const kept = emptyProgress();
    if (keepActivities) {
      for (const [id, mp] of Object.entries(this.progress.modules)) {
        if (Object.keys(mp.activities).length > 0) kept.modules[id] = { ...emptyModuleProgress(), activities: { ...mp.activities } };
      }
    }
    this.progress = kept;
    this.sync();
  }

  private updateDone(moduleId: Id) {
    const module = this.modules[moduleId];
    const mp = this.progress.modules[moduleId];
    if (!module || !mp || mp.done) return;
    const allSeen = module.pages.every((p) => mp.seen.includes(p.id));
    mp.done = allSeen && allAnswered(questionsOf(module), mp.answers);
  }

  private sync() {
    const answers = this.pendingAnswers;
    this.pendingAnswers = [];
    if (bookmarkable(this.route)) this.bookmark = locationOf(this.route);
    const progress = $state.snapshot(this.progress);
    this.tracker.sync({
      // Nothing done yet is nothing to save: no empty record for an LMS to resume.
      suspendData: hasProgress(progress) ? encodeProgress(progress, this.course.id) : '',
      location: this.bookmark,
      result: $state.snapshot(this.result),
      answers,
    });
  }
}
