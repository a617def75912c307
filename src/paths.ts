// Where the package's own files are. This file sits directly in src/ (and its code directly in
// dist/ once bundled), so the package root is one level up either way.
import { fileURLToPath } from 'node:url';

export const BUILTIN_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
