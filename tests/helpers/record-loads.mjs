// Preloaded with `node --import`: records the URL of every module file Node loads, one a line, in
// the file named by TALKCOACH_RECORD_LOADS. Used to check what each command loads.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url, { data: { file: process.env.TALKCOACH_RECORD_LOADS } });
