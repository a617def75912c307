// The content findings of the clinical read (S7, S8, S10, S11, S12, m4, m6, m7, m9, m10, m11), played
// path by path through the built-in scenarios: what each plan must hold and what it must never hold.
// Each row names the failure it guards against; the answers are piped lines, as `talkcoach run` reads.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from '../../src/engine/session.js';
import { playLine, skipNotes } from '../../src/engine/play.js';
import type { Plan, Step } from '../../src/engine/types.js';
import type { Scenario } from '../../src/engine/model.js';
import { renderPlanText } from '../../src/render/text.js';
import { summaryTexts } from '../../src/render/summary.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

const cache = new Map<string, Scenario>();
const scenario = (id: string): Scenario => {
  let s = cache.get(id);
  if (!s) {
    s = loadScenarioFile(join(BUILTIN_DIR, `${id}.yaml`), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
    cache.set(id, s);
  }
  return s;
};

/** The plan these piped lines make, in this region; fails when they don't lead exactly to a plan. */
export function planFrom(id: string, lines: readonly string[], region: string | null = 'US'): Plan {
  const s = scenario(id);
  let step: Step = skipNotes(s, start(s, { crisis: crisisFor(region) }));
  for (const line of lines) {
    if (step.done) throw new Error(`${id}: a plan before the line "${line}"`);
    const r = playLine(s, step, line);
    if (!r.ok) throw new Error(`${id}: "${line}" does not answer ${r.question.node}`);
    step = r.step;
  }
  if (!step.done) throw new Error(`${id}: still waiting at ${step.question.node}`);
  return step.plan;
}

const all = (p: Plan) => [...p.sections, ...p.more].flatMap((s) => s.points.map((x) => x.id));
const main = (p: Plan) => p.sections.flatMap((s) => s.points.map((x) => x.id));
/** Lower case, straight quotes, and wrapped lines joined again. */
const lower = (t: string) => t.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

interface Row {
  /** What goes wrong if this fails. */
  guards: string;
  scenario: string;
  lines: string[];
  region?: string | null;
  stance?: string;
  /** In the main plan. */
  main?: string[];
  /** Nowhere in the plan, not even under More. */
  never?: string[];
  /** In the printed plan (any case). */
  text?: string[];
  notText?: string[];
  /** In "In short". */
  short?: string[];
}

const ROWS: Row[] = [
  // S10: minors.
  {
    guards: 'a parent of a 15-year-old is told the decision is theirs and not to book behind their back',
    scenario: 'denial',
    lines: ['no', 'Jo', 'child-minor', 'no', '', 'mood', 'steady', 'no', 'not-now'],
    main: ['minor-assess', 'minor-choice'],
    never: ['respect-choice', 'time-light-touch', 'check-in-again'],
    text: ["you don't need to wait for their yes", 'school counsellor', 'any self-harm'],
    notText: ['behind their back', 'the decision about therapy is theirs'],
    short: ['Next: Book an assessment', 'Their choice: Involve them in choosing'],
  },
  {
    guards: 'an adult son or daughter loses the respect-for-their-choice point',
    scenario: 'wont-help',
    lines: ['no', 'Jo', 'child', 'no', '', 'no', 'mood', 'steady', 'no', 'open'],
    main: ['respect-choice'],
    never: ['minor-assess', 'minor-choice', 'together-young'],
  },
  {
    guards: 'a minor brother or sister gets "their decision" instead of bringing in the adults who look after them',
    scenario: 'wont-help',
    lines: ['no', 'Kim', 'sibling-minor', 'no', '', 'no', 'mood', 'steady', 'no', 'open'],
    main: ['minor-sibling'],
    never: ['respect-choice', 'check-in-again'],
    text: ['Tell your parents'],
  },
  {
    guards: 'a teenager worried about a parent is never pointed to a trusted adult, or to Alateen',
    scenario: 'denial',
    lines: ['no', '', 'parent-young', 'no', '', 'drink', 'steady', 'no', 'open'],
    main: ['young-adult-help'],
    text: ['Tell an adult you trust', 'Alateen'],
  },
  {
    guards: 'a teenage user in the friend scenario is never pointed to a trusted adult',
    scenario: 'friend',
    lines: ['no', 'Mia', 'yes', 'no', '', 'mood', 'steady', 'no', 'open'],
    main: ['young-adult-help'],
    short: ['Next: Tell an adult you trust'],
  },
  // S11 and m7: drugs, drink and gambling.
  {
    guards: 'drugs getting worse fast say nothing of overdose, naloxone, or withdrawal emergencies',
    scenario: 'partner',
    lines: ['no', 'Sam', 'no', '', 'drink', 'fast', 'no', 'not-now'],
    stance: 'urgent',
    main: ['sub-overdose', 'sub-withdrawal'],
    text: [
      'naloxone',
      "don't use on your own",
      'Seizures, confusion or seeing things during withdrawal are an emergency',
    ],
    short: ['Drinking or drugs:', 'SAMHSA', 'not counselling'],
  },
  {
    guards: 'gambling is treated as alcohol: withdrawal warning, CRAFT claim, SAMHSA, overdose',
    scenario: 'partner',
    lines: ['no', 'Sam', 'no', '', 'gambling', 'worse', 'no', 'open'],
    stance: 'urgent',
    main: ['gamble-risk', 'talk-open-gambling'],
    never: ['sub-withdrawal', 'sub-craft', 'sub-overdose'],
    text: ['raise the risk of suicide', 'Gam-Anon'],
    notText: ['withdrawal', 'SAMHSA'],
  },
  {
    guards: 'outside the US the substance block introduces "these services" and lists none',
    scenario: 'friend',
    lines: ['no', 'Mia', 'no', 'no', '', 'drink', 'steady', 'no', 'open'],
    region: 'AU',
    text: ['No national line for this is verified here yet', 'findahelpline.com'],
    notText: ['These services talk with families'],
  },
  // S12: one discreet domestic-abuse line where fear is no.
  {
    guards: 'a partner plan with fear "no" carries no domestic-abuse information (CUES)',
    scenario: 'partner',
    lines: ['no', 'Sam', 'no', 'cost,time', 'mood', 'steady', 'no', 'open'],
    region: 'GB',
    stance: 'ordinary',
    main: ['home-safe-line'],
    text: ['If home ever feels unsafe', '0808 2000 247'],
    notText: ['Your safety:'],
  },
  {
    guards: 'the discreet line is printed twice beside the advocate block of a fear plan',
    scenario: 'partner',
    lines: ['no', 'Sam', 'yes'],
    stance: 'afraid',
    never: ['home-safe-line'],
    notText: ['If home ever feels unsafe'],
  },
  // S7 and m10: fear and risk together; asking about a plan and the means.
  {
    guards: '"stay close, I\'m staying until help comes" comes before the user\'s own safety with a feared partner',
    scenario: 'partner',
    lines: ['yes', 'Sam', 'yes'],
    region: 'NZ',
    stance: 'danger',
    main: ['crisis-fear-first', 'fear-advocate'],
    never: ['crisis-stay', 'crisis-means', 'crisis-call', 'safety-after'],
    text: ['danger sign for you as well', "Don't try to take weapons"],
    notText: ['staying until help comes', 'together now'],
    short: ['Next: Get yourself, and any children, somewhere safe first'],
  },
  {
    guards: 'risk yes never asks about a plan or the means, or says where a gun is safest',
    scenario: 'friend',
    lines: ['yes', 'Mia', 'no', 'no', '', 'mood', 'steady', 'no', 'open'],
    stance: 'danger',
    main: ['crisis-call', 'crisis-stay', 'crisis-means', 'safety-after'],
    never: ['crisis-fear-first'],
    text: ['ask plainly whether they have a plan, and what with', 'out of the home'],
  },
  {
    guards: 'risk "not sure" presumes an event ("once the danger has passed") instead of asking today (S4)',
    scenario: 'partner',
    lines: ['unsure', 'Alex', 'no', '', 'mood', 'worse', 'no', 'unsure'],
    region: 'GB',
    stance: 'risk-unsure',
    main: ['crisis-ask'],
    never: ['safety-after'],
    short: ['Next: Ask them today, in plain words'],
    text: ['NHS 111'],
    notText: ['once the danger has passed'],
  },
  // Item 8: openers fit what was said; couples therapy alongside individual help (m9).
  {
    guards: 'the opener for a drinking problem talks about sleep',
    scenario: 'wont-help',
    lines: ['no', '', 'partner', 'no', '', 'no', 'drink', 'steady', 'no', 'open'],
    main: ['talk-open-drink'],
    never: ['talk-open'],
    // A substance path's In short leads with the substance line, so the opener is in the plan itself.
    text: ["I've noticed you've been drinking more lately"],
    notText: ["haven't been sleeping"],
  },
  {
    guards: 'couples therapy is offered as the main step without "alongside help just for them"',
    scenario: 'denial',
    lines: ['no', 'Sam', 'partner', 'no', '', 'mood', 'steady', 'no', 'open'],
    main: ['together-couples'],
    text: ['alongside help just for them, not instead of it'],
  },
  // S8 and m6: the check-in.
  {
    guards: 'after an argument that frightened them, the check-in still says to apologise and raise it again',
    scenario: 'checkin',
    lines: ['no', 'argument', 'yes', 'same', 'okay'],
    stance: 'afraid',
    main: ['ci-afraid'],
    never: ['ci-repair', 'ci-other-way', 'ci-again-week', 'ci-again-days'],
    text: ["Don't raise therapy for now"],
  },
  {
    guards: 'the check-in presumes the user pushed, and says "next week" whatever the date',
    scenario: 'checkin',
    lines: ['no', 'argument', 'no', 'same', 'okay'],
    main: ['ci-repair', 'ci-again-week'],
    text: ["you don't owe one for raising it kindly", 'again next week'],
    notText: ['I pushed so hard', 'they were hurt'],
  },
  {
    guards: '"I\'m struggling myself" never hears that the crisis lines are for the user too',
    scenario: 'checkin',
    lines: ['no', 'no', 'same', 'struggling'],
    main: ['ci-struggling'],
    never: ['ci-own-life'],
    short: ['For you: Get support for yourself too. If you have thoughts of harming yourself'],
  },
  // m4: the fear plan in short lines.
  {
    guards: 'the fear plan keeps its 41-word sentence',
    scenario: 'friend',
    lines: ['no', 'Mia', 'no', 'yes', 'yes'],
    main: ['fear-plan'],
    text: ['Start a simple safety plan.', 'Find one person who knows'],
  },
];

describe('content paths from the clinical read', () => {
  it.each(ROWS.map((r) => [r.guards, r] as const))('guards against: %s', (_, r) => {
    const plan = planFrom(r.scenario, r.lines, r.region === undefined ? 'US' : r.region);
    const text = lower(renderPlanText(plan, { full: true }));
    const short = lower(summaryTexts(plan).join('\n'));
    if (r.stance) expect(plan.safety.stance).toBe(r.stance);
    for (const id of r.main ?? []) expect(main(plan), `${id} in the main plan`).toContain(id);
    for (const id of r.never ?? []) expect(all(plan), `${id} nowhere`).not.toContain(id);
    for (const t of r.text ?? []) expect(text, t).toContain(lower(t));
    for (const t of r.notText ?? []) expect(text, t).not.toContain(lower(t));
    for (const t of r.short ?? []) expect(short, `In short: ${t}`).toContain(lower(t));
  });
});
