// The code a command loads only when it needs it, each "room" a chunk of its own. The loaders are
// made once, in src/boot.ts (the one place for start-up speed), and reach the commands with their
// io; a command never imports a room itself. What each saves is in CONTRIBUTING.md ("Speed").
export interface Rooms {
  /** Reading and checking YAML: scenario and practice files, keyed answers (the parser and every check). */
  yaml: () => Promise<typeof import('../scenario/yaml-room.js')>;
  /** The interactive coach on a terminal: its screens, prompts and colours. */
  terminal: () => Promise<typeof import('../frontends/terminal-room.js')>;
  /** The calendar file of a check-in's reminder. */
  calendar: () => Promise<typeof import('../render/calendar.js')>;
}
