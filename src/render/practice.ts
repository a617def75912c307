// A practice session → text or JSON. The JSON shape is documented in README.md ("Practice"); bump
// the version on any change that could break a reader. Typed words are made inert before printing.
import type { CheckResult } from '../engine/practice/checker.js';
import type { Exchange, PracticeSummary } from '../engine/practice/session.js';
import { languageCode, msg, type MessageId } from '../messages/index.js';
import { stripUnsafe } from '../engine/typed.js';
import { wrap } from './wrap.js';

const PRACTICE_JSON_VERSION = 1;

export interface Transcript {
  name: string;
  reasons: readonly string[];
  seed: number;
  /** Each exchange with the reply ids offered, in the order shown. */
  exchanges: readonly (Exchange & { offered: readonly string[] })[];
  summary: PracticeSummary;
}

export const opennessWords = (o: Exchange['openness']): string => msg(`practice.openness.${o}` as MessageId);
const verdictWords = (v: Exchange['verdict']): string => msg(`practice.verdict.${v}` as MessageId);
const saidBy = (e: Exchange): string => stripUnsafe('typed' in e.reply ? e.reply.typed : e.reply.say);

/** What the checker said about a typed reply, as one JSON line of `practice --check`. */
export function checkJson(reply: string, r: CheckResult): string {
  const better = r.verdict === 'hurts' || r.verdict === 'mixed' ? r.better : undefined;
  const out = { reply, verdict: r.verdict, signals: r.signals, crisis: r.crisis, feedback: r.feedback };
  return `${JSON.stringify(better !== undefined ? { ...out, better } : out)}\n`;
}

function practiceJson(t: Transcript): Record<string, unknown> {
  return {
    version: PRACTICE_JSON_VERSION,
    lang: languageCode(),
    name: t.name,
    reasons: t.reasons,
    seed: t.seed,
    exchanges: t.exchanges.map((e) => ({
      line: e.line,
      said: e.said,
      offered: e.offered,
      reply:
        'typed' in e.reply
          ? { typed: e.reply.typed, signals: e.reply.check.signals, negated: e.reply.check.negated }
          : e.reply,
      verdict: e.verdict,
      react: e.react,
      feedback: e.feedback,
      skills: e.skills,
      ...(e.better !== undefined ? { better: e.better } : {}),
      thinking: e.thinking,
      openness: e.openness,
    })),
    summary: t.summary,
  };
}

export const renderPracticeJson = (t: Transcript): string => `${JSON.stringify(practiceJson(t), null, 2)}\n`;

const LEVELS: readonly Exchange['openness'][] = ['guarded', 'listening', 'thinking'];

/** How open they are now, said as a change from `before` (a warm reaction followed by a bare
 * "(Sam is guarded)" reads as a contradiction; "still guarded" says trust comes back slowly). */
function opennessLine(e: Exchange, name: string, before: Exchange['openness'] | undefined): string {
  const openness = opennessWords(e.openness);
  if (before === undefined) return msg('practice.text.openness', { name, openness });
  const move = LEVELS.indexOf(e.openness) - LEVELS.indexOf(before);
  if (move > 0) return msg('practice.text.opennessUp', { name, openness });
  if (move < 0) return msg('practice.text.opennessDown', { name, openness });
  return msg(e.verdict === 'helps' ? 'practice.text.opennessStillHelped' : 'practice.text.opennessStill', {
    name,
    openness,
  });
}

/** What the coach names in a reply: a skill where it helped, what hurt where an offered reply hurt,
 * and, for words typed (which may mix both), what was noticed. */
const skillId = (e: Exchange): MessageId =>
  e.verdict === 'helps' ? 'practice.text.skill' : 'typed' in e.reply ? 'practice.text.noticed' : 'practice.text.slip';

/** One exchange as lines of plain text: what they said, the reply, the reaction and the coach.
 * `before`: how open they were before it, to say the change. */
export function exchangeLines(e: Exchange, name: string, width: number, before?: Exchange['openness']): string[] {
  const w = (s: string) => wrap(s, width);
  return [
    ...w(msg('practice.text.says', { name, line: e.said })),
    ...w(msg('practice.text.you', { reply: saidBy(e) })),
    ...w(msg('practice.text.says', { name, line: e.react })),
    ...w(opennessLine(e, name, before)),
    ...w(`${verdictWords(e.verdict)} ${e.feedback}`),
    ...e.skills.flatMap((skill) => w(msg(skillId(e), { skill }))),
    ...(e.better !== undefined ? w(msg('practice.text.better', { better: e.better })) : []),
    ...w(msg('practice.text.thinking', { thinking: e.thinking })),
  ];
}

export function summaryLines(s: PracticeSummary, name: string, width: number): string[] {
  const w = (x: string) => wrap(x, width);
  // A bullet's wrapped lines hang under its first word, not under the dash.
  const bullet = (x: string) => wrap(stripUnsafe(x), width, '    ', '  - ');
  return [
    msg('practice.text.summary'),
    ...w(
      msg('practice.text.score', { helped: s.helped, count: s.exchanges, name, openness: opennessWords(s.openness) }),
    ),
    ...(s.worked.length > 0 ? [msg('practice.text.worked'), ...s.worked.flatMap(bullet)] : []),
    ...(s.carry.length > 0 ? [msg('practice.text.carry'), ...s.carry.flatMap(bullet)] : []),
  ];
}

export function renderPracticeText(t: Transcript, width = 80): string {
  const blocks = t.exchanges.map((e, i) => exchangeLines(e, t.name, width, t.exchanges[i - 1]?.openness).join('\n'));
  return `${[...blocks, summaryLines(t.summary, t.name, width).join('\n')].join('\n\n')}\n`;
}
