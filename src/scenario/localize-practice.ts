// The practice lines in another language, keyed like a scenario's strings (localize.ts) by the ids
// the file already has: title; kind.<kind>.skill; opening|closing|reason.<reason> .say|.guarded;
// <line>.reply.<id>.say|react|feedback|better|thinking; typed.<verdict>.react|thinking. The
// translation file is i18n/<lang>/practice/lines.yaml (scenarios/README.md, "Translations").
import type { PracticeContent, PracticeLine, PracticeReply } from '../engine/practice/model.js';
import { said, type Say } from './localize.js';

const LINE_FIELDS = ['say', 'guarded'] as const;
const REPLY_FIELDS = ['say', 'react', 'feedback', 'better', 'thinking'] as const;

const line = (prefix: string, l: PracticeLine, say: Say): PracticeLine => ({
  ...said(l, LINE_FIELDS, prefix, say),
  replies: l.replies.map((r: PracticeReply) => said(r, REPLY_FIELDS, `${prefix}.reply.${r.id}`, say)),
});

const mapEntries = <T>(r: Record<string, T>, f: (id: string, v: T) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(r).map(([id, v]) => [id, f(id, v)]));

/** Every string of the practice lines a reader sees, by key (what a translation file translates). */
export function practiceStrings(c: PracticeContent): Map<string, string> {
  const found = new Map<string, string>();
  localizePractice(c, (key, english) => (found.set(key, english), english));
  return found;
}

/** Every string of the practice lines a reader sees, said by `say`. */
export function localizePractice(c: PracticeContent, say: Say): PracticeContent {
  return {
    ...c,
    title: say('title', c.title),
    kinds: mapEntries(c.kinds, (id, k) => said(k, ['skill'], `kind.${id}`, say)),
    opening: line('opening', c.opening, say),
    closing: line('closing', c.closing, say),
    reasons: mapEntries(c.reasons, (id, l) => line(`reason.${id}`, l, say)),
    typed: mapEntries(c.typed, (id, t) => said(t, ['react', 'thinking'], `typed.${id}`, say)),
  };
}
