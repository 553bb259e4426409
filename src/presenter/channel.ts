// The slides and the facilitator's notes window talk over a BroadcastChannel (same
// origin, no server, no pop-up needed to receive: any window of this course that
// listens gets the messages). The slides send their state after every change and when
// a notes window says hello; the notes window sends key actions back. Every message
// names its deck (one presenter session), so two presenting tabs never cross.
// Nothing here is stored: the channel only carries where the slides are.
import type { Id } from '../course/types';
import { KEY_MAP, type Action } from './keys';
import type { QuizPosition } from './steps';
import { isRecord } from '../shared/json';

export interface DeckState {
  moduleId: Id | null;
  pageId: Id | null;
  /** On a question slide: which question, and how much of its answer is shown. */
  quiz: QuizPosition | null;
  blank: boolean;
  /** When the session timer started (ms since 1970). */
  startedAt: number;
}

export type PresenterMessage =
  | { kind: 'state'; deck: string; state: DeckState }
  /** The slides have left presenter mode. */
  | { kind: 'ended'; deck: string }
  /** A notes window has opened (deck null: it will follow whichever deck answers). */
  | { kind: 'hello'; deck: string | null }
  | { kind: 'command'; deck: string; action: Action }
  | { kind: 'restartTimer'; deck: string };

export const channelName = (courseId: Id) => `course:${courseId}:presenter`;

const ACTIONS = new Set<string>(KEY_MAP.map((b) => b.action));

const isIdOrNull = (v: unknown) => v === null || typeof v === 'string';
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readState(v: unknown): DeckState | null {
  if (!isRecord(v) || !isIdOrNull(v.moduleId) || !isIdOrNull(v.pageId)) return null;
  if (typeof v.blank !== 'boolean' || typeof v.startedAt !== 'number') return null;
  let quiz: QuizPosition | null = null;
  if (v.quiz !== null) {
    if (!isRecord(v.quiz) || !isCount(v.quiz.question) || !isCount(v.quiz.revealed)) return null;
    quiz = { question: v.quiz.question as number, revealed: v.quiz.revealed as number };
  }
  return { moduleId: v.moduleId as Id | null, pageId: v.pageId as Id | null, quiz, blank: v.blank, startedAt: v.startedAt };
}

/** A message from another window, checked field by field; anything else is null. */
export function readMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data) || typeof data.kind !== 'string') return null;
  const deck = data.deck;
  switch (data.kind) {
    case 'hello':
      return isIdOrNull(deck) ? { kind: 'hello', deck: deck as string | null } : null;
    case 'state': {
      const state = readState(data.state);
      return typeof deck === 'string' && state ? { kind: 'state', deck, state } : null;
    }
    case 'ended':
    case 'restartTimer':
      return typeof deck === 'string' ? { kind: data.kind, deck } : null;
    case 'command':
      return typeof deck === 'string' && typeof data.action === 'string' && ACTIONS.has(data.action)
        ? { kind: 'command', deck, action: data.action as Action }
        : null;
    default:
      return null;
  }
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

/** Opens the course's presenter channel, or returns null where the browser has none. */
export function openChannel(courseId: Id, onMessage: (message: PresenterMessage) => void): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(courseId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/** A short random name for one presenter session. */
export const newDeckId = () => Math.random().toString(36).slice(2, 10);
