// Untrusted text made inert. The cleaning itself is pure and lives with the engine, which needs it
// for typed answers; the renderers and front ends take it from here.
export { stripUnsafe, UNSAFE_CHARS } from '../engine/typed.js';
