// The Spanish catalogue against the English one, id by id. Guards against: an English area with no
// Spanish file, an id missing or extra (also a tsc error, but a plural form or a text joined with +
// is only seen here), a {placeholder} lost, renamed or added in any plural form (the text would
// show "{file}" or drop the file name), an entry left in English, and a phone number typed into
// the catalogue (numbers come only from the helpline table).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = string | Readonly<Record<string, string>>;
type Area = Readonly<Record<string, Entry>>;

const EN_DIR = new URL('../../src/messages/en/', import.meta.url);
const ES_DIR = new URL('../../src/messages/es/', import.meta.url);

/** Entries that are the same words in both languages, each for a reason a translator cannot change. */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  'terminal.welcome.title': 'the program’s name',
  'cli.failure': '"talkcoach: " and a placeholder',
  'cli.test.pass': 'PASS is the verdict code the test command writes and CI looks for',
  'describe.heading': 'placeholders and punctuation',
  'engine.valid.list': 'a placeholder alone',
  'engine.option': 'placeholders and punctuation',
  'practice.text.says': 'placeholders and punctuation',
  'terminal.save.warnLine': 'placeholders and punctuation',
  'plan.summary.crisisLine': 'placeholders and punctuation',
  'plan.summary.advocateLine': 'placeholders and punctuation',
  'engine.answer.no': '"No" is Spanish too',
  'common.errors': 'its one form, "{count} error", is Spanish too',
  'help.ex.list': 'commands only',
  'help.ex.crisis': 'commands only',
  'help.ex.validate': 'commands only',
  'help.ex.graph': 'commands only',
  'help.ex.test': 'commands only',
};

/** Every exported catalogue object of a module: a record whose values are texts or plural forms. */
function areas(mod: Record<string, unknown>): Record<string, Area> {
  const isEntry = (v: unknown) =>
    typeof v === 'string' ||
    (typeof v === 'object' && v !== null && Object.values(v).every((f) => typeof f === 'string'));
  return Object.fromEntries(
    Object.entries(mod).filter(
      ([, v]) => typeof v === 'object' && v !== null && Object.values(v).length > 0 && Object.values(v).every(isEntry),
    ),
  ) as Record<string, Area>;
}

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]\w*)\}/g)].map((m) => m[1]).sort();

/** Runs of digits (3 or more once separators are dropped): what a phone number would add. */
const numbers = (text: string) =>
  [...text.matchAll(/\d[\d.,\s-]*\d/g)].map((m) => m[0].replace(/\D/g, '')).filter((d) => d.length >= 3);

const files = readdirSync(EN_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

async function pairs(): Promise<{ id: string; en: Entry; es: Entry | undefined }[]> {
  const out: { id: string; en: Entry; es: Entry | undefined }[] = [];
  for (const file of files) {
    const en = areas(await import(new URL(file, EN_DIR).href));
    const es = areas(await import(new URL(file, ES_DIR).href));
    for (const [name, area] of Object.entries(en)) {
      for (const [id, entry] of Object.entries(area)) {
        // ioReasons and ioKinds have bare keys (ENOENT, socket): named by their export.
        out.push({ id: id.includes('.') ? id : `${name}.${id}`, en: entry, es: es[name]?.[id] });
      }
    }
  }
  return out;
}

describe('the Spanish catalogue', () => {
  it('has a file for every English area, with every export and no extra id', async () => {
    for (const file of files) {
      const en = areas(await import(new URL(file, EN_DIR).href));
      const es = areas(await import(new URL(file, ES_DIR).href));
      expect(Object.keys(es).sort(), file).toEqual(Object.keys(en).sort());
      for (const name of Object.keys(en))
        expect(Object.keys(es[name]!).sort(), name).toEqual(Object.keys(en[name]!).sort());
    }
  });

  it('keeps each entry’s shape and placeholders, in every plural form', async () => {
    const wrong: string[] = [];
    for (const { id, en, es } of await pairs()) {
      if (es === undefined) continue; // reported by the test above
      if (typeof en === 'string' || typeof es === 'string') {
        if (typeof en !== typeof es) wrong.push(`${id}: a ${typeof en} in English, a ${typeof es} in Spanish`);
        else if (placeholders(es as string).join() !== placeholders(en as string).join()) wrong.push(id);
        continue;
      }
      for (const form of ['one', 'other']) if (!(form in es)) wrong.push(`${id}: no "${form}" form`);
      for (const [form, text] of Object.entries(es)) {
        const english = en[form] ?? en.other!;
        if (!['one', 'other', 'many'].includes(form)) wrong.push(`${id}: "${form}" is not a Spanish plural form`);
        else if (placeholders(text).join() !== placeholders(english).join()) wrong.push(`${id} (${form})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says every entry in Spanish, except the few kept on purpose', async () => {
    const same: string[] = [];
    for (const { id, en, es } of await pairs()) {
      const forms =
        typeof en === 'string'
          ? [[en, es]]
          : Object.entries(en).map(([f, t]) => [t, (es as Record<string, string>)?.[f]]);
      if (forms.some(([e, s]) => e === s)) same.push(id);
    }
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH).sort());
  });

  it('has no number English does not have (phone numbers come from the helpline table)', async () => {
    const added: string[] = [];
    for (const { id, en, es } of await pairs()) {
      const all = (e: Entry | undefined) =>
        e === undefined ? '' : typeof e === 'string' ? e : Object.values(e).join(' ');
      const english = new Set(numbers(all(en)));
      for (const n of numbers(all(es))) if (!english.has(n)) added.push(`${id}: ${n}`);
    }
    expect(added).toEqual([]);
  });
});
