// The crisis block as lines of text: shared by plans, notes and `talkcoach crisis`.
import type { CrisisInfo } from '../engine/types.js';
import { msg } from '../messages/index.js';

export interface CrisisLines {
  heading: string;
  advice: string;
  items: string[];
  directory: string;
}

export function crisisLines(c: CrisisInfo): CrisisLines {
  const items = [
    ...c.emergency.map((e) => msg('render.crisis.emergency', { number: e.number, where: e.where })),
    ...c.lines.map((l) => `${l.name}: ${l.how}`),
  ];
  return {
    heading: c.region ? msg('render.crisis.headingIn', { region: c.regionName }) : msg('render.crisis.heading'),
    advice: c.advice,
    items,
    directory: msg('render.crisis.directory', { name: c.directory.name, url: c.directory.url }),
  };
}
