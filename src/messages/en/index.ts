// English: every message id with its words, gathered from one file per area. The ids here are the
// ids of every language (src/messages/catalogue.ts types the others against them); English is
// loaded with the program, every other language only when chosen.
import { checkin } from './checkin.js';
import { cli } from './cli.js';
import { common } from './common.js';
import { describe } from './describe.js';
import { engine } from './engine.js';
import { folders } from './folders.js';
import { io } from './io.js';
import { help } from './help.js';
import { keyed } from './keyed.js';
import { language } from './language.js';
import { commander } from './commander.js';
import { crisis } from './crisis.js';
import { typed } from './typed.js';
import { translation } from './translation.js';
import { authoring } from './authoring.js';
import { piped } from './piped.js';
import { plan } from './plan.js';
import { practice } from './practice.js';
import { render as renderWords } from './render.js';
import { scenario } from './scenario.js';
import { testing } from './testing.js';
import { terminal } from './terminal.js';
import type { Entry } from '../format.js';
import { joinAreas } from '../join-areas.js';

/** The areas' types joined, not spelled out again: the library's declarations name each area's
 * file instead of repeating every string (58 KB of the package's types). */
type English = typeof common &
  typeof engine &
  typeof folders &
  typeof io &
  typeof scenario &
  typeof testing &
  typeof describe &
  typeof piped &
  typeof plan &
  typeof practice &
  typeof renderWords &
  typeof terminal &
  typeof cli &
  typeof help &
  typeof keyed &
  typeof checkin &
  typeof language &
  typeof commander &
  typeof crisis &
  typeof typed &
  typeof translation &
  typeof authoring;

export const en: English = joinAreas(
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
  renderWords,
  terminal,
  cli,
  help,
  keyed,
  checkin,
  // Added for a second language (issue 23): kept together so merges stay simple.
  language,
  commander,
  crisis,
  typed,
  translation,
  authoring,
) satisfies Record<string, Entry>;
