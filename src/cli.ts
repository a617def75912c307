// The command line's entry: the only file that reads argv and the environment, listens for
// signals and sets the exit code. The program itself is in src/boot.ts.
import pkg from '../package.json' with { type: 'json' };

type Boot = typeof import('./boot.js');

/** A signal ends the run: remove any half-written file, give the terminal back, say one line. */
function onSignals({ SIGNAL_EXIT_CODES, interruptedLine, removeAllPending, restoreTerminal }: Boot): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeAllPending();
      restoreTerminal();
      process.exitCode = code;
      // Exit once the line is out; a closed terminal (SIGHUP) may never confirm it.
      setTimeout(() => process.exit(code), 200);
      process.stderr.write(`\n${interruptedLine()}\n`, () => process.exit(code));
    });
  }
}

async function main(args: readonly string[]): Promise<void> {
  compileCache();
  const boot = await import('./boot.js');
  onSignals(boot);
  const io = boot.standardIo(process.env);
  // The language is chosen here, once, from the line and the environment (src/commands/language.ts).
  const language = boot.chooseLanguageFor(args, process.env);
  process.exitCode = await boot.runCommandLine(args, io, pkg.version, Boolean(process.env.TALKCOACH_DEBUG), language);
}

const args = process.argv.slice(2);
// Speed: the version is answered before anything else is loaded (boot.ts and commander cost
// --version 11-14 ms to import and 2-3 ms to set up, about 0.1x of `node -e 0`; see CONTRIBUTING.md).
// It is what scripts check first.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) version();
else void main(args);

/** Speed: written straight to the descriptor: process.stdout on a pipe sets up Node's stream library
 * (14 ms, 0.05x; see CONTRIBUTING.md). A reader that went away is no error; a full disk is (exit 6). */
function version(): void {
  const fs = process.getBuiltinModule?.('node:fs');
  if (!fs) return void process.stdout.write(`${pkg.version}\n`);
  try {
    fs.writeSync(1, `${pkg.version}\n`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') void versionFailed(e);
  }
}

/** Speed: where Node has a compile cache (22.1 and later), the program's code is compiled once and
 * kept in the folder Node chooses (NODE_COMPILE_CACHE, else node-compile-cache in the temporary
 * folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): compiled code only, never anything typed.
 * Not for --version, which it made slower (see CONTRIBUTING.md, "Speed", for both figures). */
function compileCache(): void {
  const module = process.getBuiltinModule?.('node:module') as { enableCompileCache?: () => unknown } | undefined;
  module?.enableCompileCache?.();
}

async function versionFailed(e: unknown): Promise<void> {
  const boot = await import('./boot.js');
  const failure = boot.describeFailure(boot.writeError(e), false);
  process.exitCode = failure.exitCode;
  for (const line of failure.lines) process.stderr.write(`${line}\n`);
}
