// Every screen of the interactive coach, by the name its state carries. A new screen is a state in
// types.ts, a file here, and one line in SCREENS.
import { again } from './again.js';
import { crisis } from './crisis.js';
import { exportPlan } from './export.js';
import { picker } from './picker.js';
import { plan } from './plan.js';
import { question } from './question.js';
import { save } from './save.js';
import { saveName } from './save-name.js';
import { saveReplace } from './save-replace.js';
import { saveRetry } from './save-retry.js';
import { saveWrite } from './save-write.js';
import type { Runnable, ScreenName, StateOf } from './types.js';
import { welcome } from './welcome.js';

export const SCREENS: { readonly [N in ScreenName]: Runnable<StateOf<N>> } = {
  welcome,
  picker,
  question,
  crisis,
  plan,
  export: exportPlan,
  save,
  'save-name': saveName,
  'save-replace': saveReplace,
  'save-write': saveWrite,
  'save-retry': saveRetry,
  again,
};

export type { ScreenState, Setup } from './types.js';
