// The code only some runs need, each "room" a chunk of its own, loaded on first use. A piped run of a
// built-in scenario loads none of them (tests/unit/bundle.test.ts). What each saves is in
// CONTRIBUTING.md ("Speed").

/** Reading and checking YAML: scenario and practice files, keyed answers (the parser and every check). */
export const yamlRoom = () => import('../scenario/yaml-room.js');

/** The interactive coach on a terminal: its screens, prompts and colours. */
export const terminalRoom = () => import('../frontends/terminal-room.js');

/** The calendar file of a check-in's reminder. */
export const calendarRoom = () => import('../render/calendar.js');
