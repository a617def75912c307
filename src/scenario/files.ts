// Scenario files by name (reading them safely is io/read.ts's job).
import { basename } from 'node:path';

export const scenarioIdFromFile = (file: string): string => basename(file).replace(/\.ya?ml$/, '');
