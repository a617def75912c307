// The rooms a command may load (src/commands/rooms.ts), for tests that call commands' helpers
// without the boot module, which makes them for a real run.
import type { Rooms } from '../../src/commands/rooms.js';

export const TEST_ROOMS: Rooms = {
  yaml: () => import('../../src/scenario/yaml-room.js'),
  terminal: () => import('../../src/frontends/terminal-room.js'),
  calendar: () => import('../../src/render/calendar.js'),
};
