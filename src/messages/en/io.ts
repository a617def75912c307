// Words for reading and writing files and standard output.
export const io = {
  'io.notRegular': '{file} is {what}, not a regular file',
  'io.folder': '{file} is a folder, not a file',
  'io.folderNotScenario': '{file} is a folder, not a scenario file',
  'io.tooBig': '{file} is {size}, over the {limit} limit for scenario files (--max-bytes raises it)',
  'io.tooBigAnswers': '{file} is {size}, over the {limit} limit for answers files (one short answer a question)',
  'io.tooBigHistory':
    '{file} is {size}, over the {limit} limit for the history: only its latest check-ins were read. ' +
    'talkcoach forget starts a new one.',
  'io.cannotRead': 'cannot read {file}: {why}',
  'io.lineTooLong': 'line {line} of the answers is over {limit}: an answer is one short line',
  'io.notAScenario':
    '{file} is not a talkcoach scenario (it has no top-level format, id, start or nodes key); nothing from it is shown',
  'io.writeFailed': 'could not write the output: {why}',
  'io.saveFailed': 'could not save {file}: {why}. Nothing was written.',
  'io.saveNotRegular': 'will not save to {file}: it is {what}, not a regular file ({hint})',
  'io.hint.plan': '-o - writes the plan to standard output',
  'io.hint.reminder': 'give a file name for the reminder, such as check-in.ics',
  'io.danglingLink':
    'will not save to {file}: it is a link to {target}, which does not exist. Give another name, or remove the link.',
  'io.why.readOnlyFolder': 'permission denied (the folder is read-only for you)',
  'io.why.noFolder': 'the folder does not exist',
  'io.why.unknown': 'an unknown error',
  'io.exists': '{file} already exists; nothing was written',
  'io.existsHint': 'add --force to replace it, or give another name',
} as const;

/** Why a file call failed, in words; unknown codes are given as they are. */
export const ioReasons = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ELOOP: 'too many symbolic links (a loop)',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'it is in use by the system (a mount point or the current folder)',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is full',
  EEXIST: 'a file with that name already exists',
  EIO: 'an input/output error on the device',
  EBADF: 'the output is closed',
  EAGAIN: 'it is not ready (try again)',
  ENXIO: 'no such device',
} as const satisfies Record<string, string>;

/** What a path that is not a regular file is, in words. */
export const ioKinds = {
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  charDevice: 'a device',
  blockDevice: 'a disk device',
  symlink: 'a symbolic link',
  folder: 'a folder',
  other: 'not a file',
} as const;
