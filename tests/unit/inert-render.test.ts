// Issue 13, items 5 and 6, and the "Also": outside text is inert in every message, and any typed
// text rendered as Markdown (parsed back by a real CommonMark + GFM renderer, markdown-it with
// linkify) or as text reads as the same text, with no link, heading, list, HTML or control character.
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanTyped } from '../../src/engine/typed.js';
import { playLine, skipNotes } from '../../src/engine/play.js';
import { start } from '../../src/engine/session.js';
import type { Plan } from '../../src/engine/types.js';
import { MESSAGE_IDS, inert, msg, type Params } from '../../src/messages/index.js';
import { md, renderPlanMarkdown } from '../../src/render/markdown.js';
import { renderPlan } from '../../src/render/index.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { GB } from '../helpers/fixtures.js';

export const MD_RUNS = 2000;
export const PLAN_RUNS = 300;

// eslint-free check for any control, DEL, C1 or direction mark (tab and line feed allowed in output).
const CONTROL = (s: string) =>
  [...s].some((c) => {
    const n = c.codePointAt(0)!;
    return (n < 0x20 && n !== 9 && n !== 10) || (n >= 0x7f && n <= 0x9f) || (n >= 0x202a && n <= 0x202e);
  });

describe('outside text is inert in every message (item 5)', () => {
  const evil = '\u001B]0;PWNED\u0007\u001B[2J\u009B\u202E\r\n';
  it.each(MESSAGE_IDS)('%s', (id) => {
    // Every placeholder gets the control characters; {count} a number, as the catalogue asks.
    const params: Record<string, string | number> = {};
    const entry = JSON.stringify(msg(id, new Proxy({}, { has: () => false }) as Params));
    for (const [, name] of entry.matchAll(/\{([a-zA-Z]\w*)\}/g)) params[name!] = name === 'count' ? 2 : evil;
    const out = msg(id, params);
    expect(CONTROL(out)).toBe(false);
    // No line break but the catalogue's own.
    const plain = msg(id, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === evil ? 'x' : v])));
    expect(out.split('\n').length).toBe(plain.split('\n').length);
  });

  it('shows each control as a visible escape', () => {
    expect(inert('a\u001B[2Jb\u0007\n\u202E')).toBe('a\\x1B[2Jb\\x07\\x0A\\u202E');
    expect(inert('plain text, “quotes” and ünïcode')).toBe('plain text, “quotes” and ünïcode');
  });
});

const markdown = new MarkdownIt({ linkify: true });
type Token = ReturnType<typeof markdown.parse>[number];
const flat = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...flat(t.children ?? [])]);
const count = (tokens: Token[], type: string) => tokens.filter((t) => t.type === type).length;
const NEVER = ['link_open', 'image', 'html_inline', 'html_block', 'code_inline', 's_open', 'code_block', 'fence'];
const STRUCTURE = [
  'heading_open',
  'bullet_list_open',
  'ordered_list_open',
  'blockquote_open',
  'hr',
  'table_open',
  'em_open',
  'strong_open',
];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (tokens: Token[]) =>
  flat(tokens)
    .filter((t) => t.type === 'text' || t.type === 'softbreak')
    .map((t) => (t.type === 'softbreak' ? ' ' : t.content))
    .join('');

// Any text, weighted towards what Markdown and terminals read.
const PIECES = [
  ...['https://', 'http://localhost', 'www.', 'example.org', '.com', '@', 'a@b.org', 'mailto:', '//'],
  ...['&amp;', '&#35;', '&', ';', '#', '# ', '1. ', '1) ', '- ', '+ ', '* ', '> ', '---', '===', '    '],
  ...['<b>', '</b>', '<!--', '*', '_', '`', '```', '~~', '[', ']', '(', ')', '![', '|', '\\', ':', '/', '!'],
  ...['\u001B[31m', '\u001B]0;x\u0007', '\u202E', '\n', '\r', '\t', ' ', 'Sam', 'x', '.', '9'],
];
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
);

describe('md(): typed text cannot become Markdown (item 6)', () => {
  it.each([
    ['a web address', 'https://example.org/login'],
    ['a bare domain', 'example.org'],
    ['an e-mail address', 'sam@example.org'],
    ['an entity', '&amp;'],
    ['a closing #', 'Sam #'],
    ['a heading start', '# X'],
    ['a list start', '1. x'],
    ['a quote', '> x'],
    ['a thematic break', '---'],
    ['HTML', '<img src=x onerror=alert(1)>'],
  ])('%s stays text in every place a plan puts it', (_name, text) => {
    for (const [doc, inside] of placements(text)) {
      const tokens = flat(markdown.parse(doc, {}));
      for (const type of NEVER) expect(count(tokens, type), `${type} in ${doc}`).toBe(0);
      expect(squash(textOf(tokens))).toContain(inside);
    }
  });

  it(`any text, in any place: the same text, no markup (${MD_RUNS} runs)`, () => {
    fc.assert(
      fc.property(typed, (text) => {
        if (md(text).length === 0) return true;
        const expected = squash(clean(text));
        const bases = placements('Sam').map(([doc]) => flat(markdown.parse(doc, {})));
        for (const [i, [doc]] of placements(text).entries()) {
          const base = bases[i]!;
          const tokens = flat(markdown.parse(doc, {}));
          for (const type of NEVER) if (count(tokens, type) !== 0) return false;
          for (const type of STRUCTURE) if (count(tokens, type) !== count(base, type)) return false;
          if (CONTROL(doc)) return false;
          if (!squash(textOf(tokens)).includes(expected)) return false;
        }
        return true;
      }),
      { numRuns: MD_RUNS },
    );
  });
});

/** What md() keeps of a text: the escapes stripped, whitespace as one space. */
const clean = (text: string) =>
  squash(
    text
      .replace(/\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g, '')
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ''),
  );

/** The places the Markdown renderer puts typed text: a list item, a heading, a line of its own, emphasis. */
const placements = (text: string): [string, string][] => {
  const m = md(text);
  const inside = squash(clean(text));
  return [
    [`- ${m}\n`, inside],
    [`# ${m}\n`, inside],
    [`${m}\n`, inside],
    [`_${m}_\n`, inside],
    [`  - **Say** “${m}”\n`, inside],
  ];
};

describe('plans with any typed name (the "Also": Markdown and text renderers)', () => {
  const partner = loadScenarioFile(join(BUILTIN_DIR, 'partner.yaml'), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
  const planFor = (name: string): Plan => {
    let step = skipNotes(partner, start(partner, GB));
    for (const line of ['no', name, 'no', 'cost,time', 'mood', 'steady', 'no', 'open']) {
      if (step.done) break;
      const played = playLine(partner, step, line);
      if (!played.ok) throw new Error(`not an answer: ${line}`);
      step = played.step;
    }
    if (!step.done) throw new Error('no plan');
    return step.plan;
  };
  const names = typed.filter((t) => !/[\r\n]/.test(t) && cleanTyped(t).length > 0);
  const base = flat(markdown.parse(renderPlanMarkdown(planFor('Sam'), { answers: true }), {}));
  const hrefs = (tokens: Token[]) => tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));

  it('links only to the verified directory of helplines', () => {
    expect(hrefs(base)).toEqual(['https://findahelpline.com']);
  });

  it(`Markdown: the name reads back as typed, and the plan's structure is unchanged (${PLAN_RUNS} runs)`, () => {
    fc.assert(
      fc.property(names, (name) => {
        const out = renderPlanMarkdown(planFor(name), { answers: true });
        const tokens = flat(markdown.parse(out, {}));
        expect(CONTROL(out)).toBe(false);
        for (const type of NEVER.filter((t) => t !== 'link_open')) expect(count(tokens, type), type).toBe(0);
        for (const type of STRUCTURE) expect(count(tokens, type), type).toBe(count(base, type));
        // The only links are the plan's own, from verified crisis data: none comes from the name.
        expect(hrefs(tokens)).toEqual(hrefs(base));
        expect(squash(textOf(tokens))).toContain(squash(cleanTyped(name)));
      }),
      { numRuns: PLAN_RUNS },
    );
  });

  it(`text: no control character, and the name reads back as typed (${PLAN_RUNS} runs)`, () => {
    const noSpace = (s: string) => s.replace(/\s+/g, '');
    fc.assert(
      fc.property(names, (name) => {
        const out = renderPlan(planFor(name), 'text', { width: 60 });
        expect(CONTROL(out)).toBe(false);
        expect(noSpace(out)).toContain(noSpace(cleanTyped(name)));
      }),
      { numRuns: PLAN_RUNS },
    );
  });
});
