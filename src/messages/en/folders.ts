// Warnings about the person's own scenario folders (--scenarios, TALKCOACH_SCENARIOS): a problem
// there is told and skipped, never a reason the built-in scenarios cannot run.
export const folders = {
  'folders.warning': 'talkcoach: warning: {text}',
  'folders.dirSkipped': 'skipped the scenario folder {dir}: {why}',
  'folders.fileSkipped': 'skipped {file}: {why}',
  'folders.clash': 'skipped {file}: the id "{id}" is already used by {other}; rename the file',
  'folders.builtin': 'a built-in scenario',
  'folders.noSuchFolder': 'no such folder',
  'folders.notAFolder': 'it is not a folder',
  'folders.linkOut': 'it leads outside the folder (a link), so it is not read',
  'folders.notRegular': 'it is {what}, not a regular file',
} as const;
