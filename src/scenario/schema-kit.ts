// A tiny schema kit: each schema validates a YAML syntax tree (locating each problem),
// builds the typed value, and describes itself as JSON Schema. The scenario format is written
// once with it, so the TypeScript types, the runtime checks and the shipped JSON Schema agree.
export * from './schema-kit/core.js';
export * from './schema-kit/values.js';
export * from './schema-kit/mappings.js';
