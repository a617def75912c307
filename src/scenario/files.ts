// Scenario files by name. Reading them safely is io/read.ts's job; re-exported here for the loader.
import { basename } from 'node:path';

export { DEFAULT_MAX_BYTES, fileError, readTextFile } from '../io/read.js';

export const scenarioIdFromFile = (file: string): string => basename(file).replace(/\.ya?ml$/, '');
