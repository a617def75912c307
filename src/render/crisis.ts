// The crisis block as lines of text: shared by plans, notes and `talkcoach crisis`. The numbers come
// first (a crisis line, then the emergency number with when to call it), then the month they were
// checked, then the advice: someone in distress reads the top of the box and may read no further.
import type { CrisisInfo } from '../engine/types.js';
import { monthName, msg } from '../messages/index.js';

export interface CrisisLines {
  heading: string;
  advice: string;
  items: string[];
  /** "These numbers were last checked in November 2026.", when the region's numbers are known. */
  checked?: string;
  directory: string;
}

/** The region's line for urgent care that is not an emergency (GB: NHS 111), worded for "not sure". */
export const urgentItems = (c: CrisisInfo): string[] =>
  (c.urgent ?? []).map((l) => msg('render.crisis.urgentItem', { name: l.name, how: l.how }));

/** The crisis block; `notSure` (a plan made with risk "not sure") adds the urgent-care line after the
 * emergency number. Elsewhere it is left out, so the box stays small enough to stay on screen. */
export function crisisLines(c: CrisisInfo, notSure = false): CrisisLines {
  const items = [
    ...c.lines.map((l) => `${l.name}: ${l.how}`),
    ...c.emergency.map((e) => msg('render.crisis.emergency', { number: e.number, where: e.where })),
    ...(notSure ? urgentItems(c) : []),
  ];
  const known = c.emergency.length + c.lines.length > 0;
  return {
    heading: c.region ? msg('render.crisis.headingIn', { region: c.regionName }) : msg('render.crisis.heading'),
    advice: c.advice,
    items,
    ...(known && c.checked ? { checked: msg('render.crisis.checked', { month: monthName(c.checked) }) } : {}),
    directory: msg('render.crisis.directory', { name: c.directory.name, url: c.directory.url }),
  };
}

/** The domestic-abuse and substance-use lines as single items, for `talkcoach crisis` (a plan shows
 * them as blocks with advice, when its answers call for them). */
export function otherHelpItems(c: CrisisInfo): string[] {
  if (!c.region) return [];
  const abuse = c.abuse ?? [];
  return [
    ...(abuse.length > 0
      ? abuse.map((l) => msg('render.crisis.abuseItem', { name: l.name, how: l.how }))
      : [msg('render.crisis.abuseNone')]),
    ...(c.substance ?? []).map((l) => msg('render.crisis.substanceItem', { name: l.name, how: l.how })),
  ];
}

/** The numbers in one short line ("Numbers: 988 ... · Emergency: 911"), to repeat above a prompt when
 * the crisis box has scrolled out of sight; undefined when no number is known. */
export function numbersAgain(c: CrisisInfo): string | undefined {
  const items = crisisLines(c).items;
  return items.length > 0 ? msg('render.crisis.again', { numbers: items.join(' · ') }) : undefined;
}
