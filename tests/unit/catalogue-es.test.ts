// The Spanish catalogue against the English one, id by id. Guards against: an English area with no
// Spanish file, an id missing or extra (also a tsc error, but a plural form or a text joined with +
// is only seen here), a {placeholder} lost, renamed or added in any plural form (the text would
// show "{file}" or drop the file name), an entry left in English, a phone number typed into
// the catalogue (numbers come only from the helpline table), and an English text changed since its
// Spanish was written (the id stays, so tsc sees nothing; the Spanish would say the old thing).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en/index.js';
import { language } from '../../src/messages/es/index.js';
import * as en_authoring from '../../src/messages/en/authoring.js';
import * as es_authoring from '../../src/messages/es/authoring.js';
import * as en_commander from '../../src/messages/en/commander.js';
import * as es_commander from '../../src/messages/es/commander.js';
import * as en_crisis from '../../src/messages/en/crisis.js';
import * as es_crisis from '../../src/messages/es/crisis.js';
import * as en_language from '../../src/messages/en/language.js';
import * as es_language from '../../src/messages/es/language.js';
import * as en_translation from '../../src/messages/en/translation.js';
import * as es_translation from '../../src/messages/es/translation.js';
import * as en_typed from '../../src/messages/en/typed.js';
import * as es_typed from '../../src/messages/es/typed.js';
import * as en_checkin from '../../src/messages/en/checkin.js';
import * as es_checkin from '../../src/messages/es/checkin.js';
import * as en_cli from '../../src/messages/en/cli.js';
import * as es_cli from '../../src/messages/es/cli.js';
import * as en_common from '../../src/messages/en/common.js';
import * as es_common from '../../src/messages/es/common.js';
import * as en_describe from '../../src/messages/en/describe.js';
import * as es_describe from '../../src/messages/es/describe.js';
import * as en_engine from '../../src/messages/en/engine.js';
import * as es_engine from '../../src/messages/es/engine.js';
import * as en_folders from '../../src/messages/en/folders.js';
import * as es_folders from '../../src/messages/es/folders.js';
import * as en_help from '../../src/messages/en/help.js';
import * as es_help from '../../src/messages/es/help.js';
import * as en_io from '../../src/messages/en/io.js';
import * as es_io from '../../src/messages/es/io.js';
import * as en_keyed from '../../src/messages/en/keyed.js';
import * as es_keyed from '../../src/messages/es/keyed.js';
import * as en_piped from '../../src/messages/en/piped.js';
import * as es_piped from '../../src/messages/es/piped.js';
import * as en_plan from '../../src/messages/en/plan.js';
import * as es_plan from '../../src/messages/es/plan.js';
import * as en_practice from '../../src/messages/en/practice.js';
import * as es_practice from '../../src/messages/es/practice.js';
import * as en_render from '../../src/messages/en/render.js';
import * as es_render from '../../src/messages/es/render.js';
import * as en_scenario from '../../src/messages/en/scenario.js';
import * as es_scenario from '../../src/messages/es/scenario.js';
import * as en_terminal from '../../src/messages/en/terminal.js';
import * as es_terminal from '../../src/messages/es/terminal.js';
import * as en_testing from '../../src/messages/en/testing.js';
import * as es_testing from '../../src/messages/es/testing.js';

type Entry = string | Readonly<Record<string, string>>;
type Area = Readonly<Record<string, Entry>>;

const EN_DIR = new URL('../../src/messages/en/', import.meta.url);

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
  'scenario.schema.kind.boolean': 'true/false are the YAML words an author types, in every language',
  'terminal.yesno.no': '"No" is Spanish too',
  'typed.no': 'no and n are the Spanish answer words too',
  'crisis.region.AU': 'a country name written the same in Spanish',
  'crisis.region.PR': 'a country name written the same in Spanish',
  'common.errors': 'its one form, "{count} error", is Spanish too',
  'help.ex.list': 'commands only',
  'help.ex.crisis': 'commands only',
  'help.ex.graph': 'commands only',
  'help.ex.help': 'commands only',
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

/** Each English area file and its Spanish one (imported, not found on disk, so each is a checked
 * dependency); the first test says when an English file is missing here. */
const FILES: Readonly<Record<string, readonly [Record<string, unknown>, Record<string, unknown>]>> = {
  'authoring.ts': [en_authoring, es_authoring],
  'commander.ts': [en_commander, es_commander],
  'crisis.ts': [en_crisis, es_crisis],
  'language.ts': [en_language, es_language],
  'translation.ts': [en_translation, es_translation],
  'typed.ts': [en_typed, es_typed],
  'checkin.ts': [en_checkin, es_checkin],
  'cli.ts': [en_cli, es_cli],
  'common.ts': [en_common, es_common],
  'describe.ts': [en_describe, es_describe],
  'engine.ts': [en_engine, es_engine],
  'folders.ts': [en_folders, es_folders],
  'help.ts': [en_help, es_help],
  'io.ts': [en_io, es_io],
  'keyed.ts': [en_keyed, es_keyed],
  'piped.ts': [en_piped, es_piped],
  'plan.ts': [en_plan, es_plan],
  'practice.ts': [en_practice, es_practice],
  'render.ts': [en_render, es_render],
  'scenario.ts': [en_scenario, es_scenario],
  'terminal.ts': [en_terminal, es_terminal],
  'testing.ts': [en_testing, es_testing],
};

function pairs(): { id: string; en: Entry; es: Entry | undefined }[] {
  const out: { id: string; en: Entry; es: Entry | undefined }[] = [];
  for (const [enModule, esModule] of Object.values(FILES)) {
    const [en, es] = [areas(enModule), areas(esModule)];
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
  it('has a file for every English area, with every export and no extra id', () => {
    const english = readdirSync(EN_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(Object.keys(FILES).sort(), 'an English area file with no Spanish one in FILES').toEqual(english.sort());
    for (const [file, [enModule, esModule]] of Object.entries(FILES)) {
      const [en, es] = [areas(enModule), areas(esModule)];
      expect(Object.keys(es).sort(), file).toEqual(Object.keys(en).sort());
      for (const name of Object.keys(en))
        expect(Object.keys(es[name]!).sort(), name).toEqual(Object.keys(en[name]!).sort());
    }
  });

  it('keeps each entry’s shape and placeholders, in every plural form', () => {
    const wrong: string[] = [];
    for (const { id, en, es } of pairs()) {
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

  it('says every entry in Spanish, except the few kept on purpose', () => {
    const same: string[] = [];
    for (const { id, en, es } of pairs()) {
      const forms =
        typeof en === 'string'
          ? [[en, es]]
          : Object.entries(en).map(([f, t]) => [t, (es as Record<string, string>)?.[f]]);
      if (forms.some(([e, s]) => e === s)) same.push(id);
    }
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH).sort());
  });

  it('has no number English does not have (phone numbers come from the helpline table)', () => {
    const added: string[] = [];
    for (const { id, en, es } of pairs()) {
      const all = (e: Entry | undefined) =>
        e === undefined ? '' : typeof e === 'string' ? e : Object.values(e).join(' ');
      const english = new Set(numbers(all(en)));
      for (const n of numbers(all(es))) if (!english.has(n)) added.push(`${id}: ${n}`);
    }
    expect(added).toEqual([]);
  });
  it('was translated from the English as it is now (es/english.json holds a hash of each)', () => {
    const recorded = JSON.parse(
      readFileSync(new URL('../../src/messages/es/english.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const changed: string[] = [];
    const ids = pairs().map(({ id, en }) => {
      const now = createHash('sha256').update(JSON.stringify(en)).digest('hex').slice(0, 10);
      // Translate the Spanish entry again, then put this hash in src/messages/es/english.json.
      if (recorded[id] !== now) changed.push(`${id}: ${now}`);
      return id;
    });
    expect(changed).toEqual([]);
    expect(Object.keys(recorded).sort()).toEqual(ids.sort());
  });
  it('gathers every area in es/index.ts, as the language seam loads it', () => {
    // Guards against an area left out of the index (its ids would be missing under --lang es).
    expect(language.code).toBe('es');
    const words = language.words as Readonly<Record<string, Entry>>;
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort());
    const fromAreas = Object.fromEntries(pairs().map(({ id, es }) => [id, es]));
    expect(Object.entries(words).filter(([id, e]) => fromAreas[id] !== e)).toEqual([]);
  });
});
