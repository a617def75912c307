// Spanish: every message id with its words, gathered from one file per area (the same areas as
// en/). Loaded only when chosen (--lang es, TALKCOACH_LANG=es or a Spanish locale). README.md says
// how it is written: tú, plain words, no gender assumed for the loved one. The scenarios' own words
// are not here: they are in scenarios/i18n/es/ (the build refuses a built-in string missing there).
import type { Catalogue, Language } from '../catalogue.js';
import { joinAreas } from '../join-areas.js';
import { authoring } from './authoring.js';
import { checkin } from './checkin.js';
import { cli } from './cli.js';
import { commander } from './commander.js';
import { common } from './common.js';
import { crisis } from './crisis.js';
import { describe } from './describe.js';
import { engine } from './engine.js';
import { folders } from './folders.js';
import { help } from './help.js';
import { io } from './io.js';
import { keyed } from './keyed.js';
import { language as languageWords } from './language.js';
import { piped } from './piped.js';
import { plan } from './plan.js';
import { practice } from './practice.js';
import { render } from './render.js';
import { scenario } from './scenario.js';
import { terminal } from './terminal.js';
import { testing } from './testing.js';
import { translation } from './translation.js';
import { typed } from './typed.js';

const words: Catalogue = joinAreas(
  common,
  engine,
  folders,
  io,
  scenario,
  testing,
  describe,
  piped,
  plan,
  practice,
  render,
  terminal,
  cli,
  help,
  keyed,
  checkin,
  languageWords,
  commander,
  crisis,
  typed,
  translation,
  authoring,
);

export const language: Language = { code: 'es', words };
