// Spanish for the tests of one file, before src/messages/languages.ts lists it (it does once the
// package's size budget allows). vi.mock cannot do this: test files share their modules in a worker
// (vitest.config.ts, isolate: false), so the registry is changed in place for this file's tests and
// put back after them. Once es is listed, this does nothing.
import { afterAll, beforeAll } from 'vitest';
import { useLanguage } from '../../src/messages/index.js';
import { LANGUAGE_CODES, LANGUAGES } from '../../src/messages/languages.js';

type Registry = Record<string, (typeof LANGUAGES)[string]>;

export function withSpanish(): void {
  let added = false;
  beforeAll(() => {
    if (LANGUAGES.es) return;
    (LANGUAGES as Registry).es = () => import('../../src/messages/es/index.js');
    (LANGUAGE_CODES as string[]).push('es');
    added = true;
  });
  afterAll(async () => {
    await useLanguage('en');
    if (!added) return;
    delete (LANGUAGES as Registry).es;
    (LANGUAGE_CODES as string[]).splice(LANGUAGE_CODES.indexOf('es'), 1);
  });
}
