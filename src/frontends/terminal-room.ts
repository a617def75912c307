// The terminal room (src/commands/rooms.ts): what the commands use of the interactive front end,
// loaded only when someone is asked on a terminal (the prompts and colours come with it).
export { lookFor, runInteractive } from './interactive.js';
export { runPracticeInteractive } from './practice-interactive.js';
export { Terminal } from './terminal.js';
export { askRegionOnTerminal } from './region-ask.js';
export { crisisHint } from './crisis-hint.js';
