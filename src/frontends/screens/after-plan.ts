// What follows a plan, as the plan's `offers` say (engine/plan.ts, offersOf): the check-in's date,
// practice only where it is offered (never after fear, not saying, danger, or in a plan about the
// user), then saving. After fear or not saying (`safety.afraid`), saving is careful: someone who uses
// the computer could find the file.
import type { Plan } from '../../engine/types.js';
import { go, type Notice, type ScreenState, type Setup } from './types.js';

type From = { plans: ScreenState['plans'] };

/** Anyone who uses this computer could find a saved file, and that could put the person at risk. */
export const careful = (plan: Plan): boolean => plan.safety.afraid;

/** After the plan is shown: the check-in's date, or the practice offer, or saving. */
export function afterPlan(from: From, plan: Plan, setup: Setup): ScreenState {
  if (setup.checkin && plan.offers.includes('checkin')) return go(from, { screen: 'checkin-date', plan });
  if (setup.practice && plan.offers.includes('practice')) return go(from, { screen: 'practice-offer', plan });
  return onToSaving(from, plan, setup);
}

/** After the plan (and practice, if any): saved where --output says, or offered to save, if offered. */
export function onToSaving(from: From, plan: Plan, setup: Setup, ...notices: Notice[]): ScreenState {
  if (setup.output) return go(from, { screen: 'export', plan, ...setup.output }, ...notices);
  return go(from, plan.offers.includes('save') ? { screen: 'save', plan } : { screen: 'again' }, ...notices);
}
