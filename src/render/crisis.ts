// The crisis block as lines of text: shared by plans, notes and `talkcoach crisis`.
import type { CrisisInfo } from '../engine/types.js';

export interface CrisisLines {
  heading: string;
  advice: string;
  items: string[];
  directory: string;
}

export function crisisLines(c: CrisisInfo): CrisisLines {
  const items = [
    ...c.emergency.map((e) => `Emergency: ${e.number} (${e.where})`),
    ...c.lines.map((l) => `${l.name}: ${l.how}`),
  ];
  return {
    heading: c.region ? `Crisis help now (${c.regionName})` : 'Crisis help now',
    advice: c.advice,
    items,
    directory: `Anywhere in the world: ${c.directory.name}, ${c.directory.url}`,
  };
}
