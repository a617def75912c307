// Checks the package as a user gets it: `npm pack` in a clean copy of the project (prepack builds
// it), then, in empty temporary folders with no project node_modules: npx from the tarball, a global
// install, `talkcoach list`, a piped run, no runtime dependencies, and the library with its types.
// Prints what it did; exits non-zero on the first failure.
//   node scripts/pack-check.mjs            (npm run pack:check)
// TALKCOACH_TEST_NODE=/path/to/node runs the installed package (and npm) with that Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeExample } from './lib/readme-example.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// 400 KiB until 0.2 added practice, the check-in (with its calendar writer) and the message catalogue;
// 450 KiB until the reply checker's trained scorer (issue 21), then the content of issue 20; 500 KiB
// until the compiled practice files (issue 24) (CONTRIBUTING.md "Package size"). The compiled
// scenarios repeat their shared modules: the next place to save.
const LIMIT = 525 * 1024;
const node = process.env.TALKCOACH_TEST_NODE || process.execPath;
const work = mkdtempSync(join(tmpdir(), 'talkcoach-pack-'));
const env = {
  ...process.env,
  // The Node under test runs npm, npx and the installed bin alike.
  PATH: `${dirname(node)}${delimiter}${process.env.PATH}`,
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_loglevel: 'error',
  LANG: 'C',
};
delete env.LC_ALL;
delete env.TALKCOACH_SCENARIOS;

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 120_000, ...options });
  if (r.status !== 0) {
    throw new Error(`pack-check: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}
const step = (what) => console.log(`\n== ${what}`);

try {
  step(`node ${run(node, ['--version']).trim()}, npm ${run('npm', ['--version']).trim()}; working in ${work}`);

  // A clean copy: the project's files only (tracked or not ignored), with the shared node_modules
  // for the build tools; nothing built is carried over.
  const copy = join(work, 'project');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && f !== 'node_modules');
  for (const f of files) {
    try {
      statSync(join(ROOT, f));
    } catch {
      continue; // deleted but not yet committed
    }
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(ROOT, f), join(copy, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));

  step('npm pack (prepack builds dist/)');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: copy }));
  const tarball = join(work, packed.filename);
  const size = statSync(tarball).size;
  for (const f of packed.files) console.log(`${String(f.size).padStart(8)}  ${f.path}`);
  console.log(
    `${packed.files.length} files; tarball ${packed.filename}: ${size} bytes ` +
      `(${(size / 1024).toFixed(1)} KiB; limit ${LIMIT / 1024} KiB), unpacked ${packed.unpackedSize} bytes`,
  );
  if (size > LIMIT) throw new Error(`pack-check: the tarball is ${size} bytes, over ${LIMIT}`);
  // npm pack built dist/ (prepack): the next `npm start` must find it current, not build again.
  const ready = spawnSync(node, ['scripts/ensure-ready.mjs'], { cwd: copy, env, encoding: 'utf8' });
  if (ready.status !== 0 || /building/.test(ready.stderr))
    throw new Error(`pack-check: after npm pack, npm start would build again: ${ready.stderr.trim()}`);
  console.log('after npm pack, dist/ is current: npm start does not build again');
  const paths = packed.files.map((f) => f.path);
  for (const needed of [
    'bin/talkcoach.js',
    'dist/cli.js',
    'dist/index.js',
    'dist/types/index.d.ts',
    'dist/THIRD-PARTY-NOTICES.txt',
    'LICENSE',
    'README.md',
  ]) {
    if (!paths.includes(needed)) throw new Error(`pack-check: ${needed} is missing from the tarball`);
  }
  const stray = paths.filter((p) => /^(src|tests|scripts)\/|\.test\.ya?ml$|chunks\.json$/.test(p));
  if (stray.length > 0) throw new Error(`pack-check: these should not be published: ${stray.join(', ')}`);
  const manifest = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
  if (Object.keys(manifest.dependencies ?? {}).length > 0)
    throw new Error('pack-check: the package has runtime dependencies');

  step(`npx --yes ./${packed.filename} --version`);
  const empty = join(work, 'npx');
  mkdirSync(empty);
  cpSync(tarball, join(empty, packed.filename));
  const version = run('npx', ['--yes', `./${packed.filename}`, '--version'], { cwd: empty }).trim();
  console.log(version);
  if (version !== manifest.version) throw new Error(`pack-check: npx printed ${version}, expected ${manifest.version}`);

  step(`npm install -g --prefix <tmp> ./${packed.filename}`);
  const prefix = join(work, 'global');
  run('npm', ['install', '-g', '--prefix', prefix, tarball], { cwd: empty });
  const bin = process.platform === 'win32' ? join(prefix, 'talkcoach.cmd') : join(prefix, 'bin', 'talkcoach');
  const installed =
    process.platform === 'win32'
      ? join(prefix, 'node_modules', 'talkcoach')
      : join(prefix, 'lib', 'node_modules', 'talkcoach');

  step('talkcoach list');
  const list = run(bin, ['list'], { cwd: empty });
  process.stdout.write(list);
  const listed = JSON.parse(run(bin, ['list', '--json'], { cwd: empty })).scenarios;

  step('a piped run');
  const example = join(work, 'example.yaml');
  mkdirSync(join(work, 'shared'));
  cpSync(join(copy, 'tests/fixtures/example.yaml'), example);
  cpSync(join(copy, 'tests/fixtures/shared/basics.yaml'), join(work, 'shared/basics.yaml'));
  const plan = JSON.parse(
    run(bin, ['run', example, '--format', 'json', '--region', 'GB'], {
      cwd: empty,
      input: 'no\nSam\npartner\ncost\nno\n',
    }),
  );
  console.log(`run ${example}: plan "${plan.title}", ${plan.plan.sections.length} sections`);
  if (plan.version !== 3 || !plan.plan.sections.some((s) => s.id === 'boundaries'))
    throw new Error('pack-check: the piped run gave an unexpected plan');
  const first = listed.find((s) => s.builtin && s.valid);
  if (first) {
    // A built-in scenario, answered with the first option of every question.
    const r = spawnSync(bin, ['run', first.id, '--format', 'json'], {
      env,
      cwd: empty,
      encoding: 'utf8',
      input: '1\n'.repeat(200),
    });
    if (r.status !== 0) throw new Error(`pack-check: run ${first.id} failed (${r.status}): ${r.stderr}`);
    console.log(`run ${first.id}: plan "${JSON.parse(r.stdout).title}"`);
  }
  // Spanish from the compiled translations alone (the package ships no scenarios/i18n/): a plan with
  // English left in it would mean the compiled copy was taken for stale.
  const es = spawnSync(bin, ['--lang', 'es', 'run', 'partner', '--format', 'json', '--region', 'US'], {
    env,
    cwd: empty,
    encoding: 'utf8',
    input: 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n',
  });
  const spanish = es.status === 0 ? JSON.parse(es.stdout) : undefined;
  if (!spanish || spanish.lang !== 'es' || spanish.title !== 'Una conversación cariñosa con Alex')
    throw new Error(`pack-check: the Spanish run gave ${spanish ? `"${spanish.title}"` : es.stderr}`);
  console.log(`run partner --lang es: plan "${spanish.title}"`);

  step('npm ls --omit=dev (in the installed package: no runtime dependencies)');
  const ls = run('npm', ['ls', '--omit=dev', '--all'], { cwd: installed });
  process.stdout.write(ls);
  if (!/(└──|`--) \(empty\)/.test(ls)) throw new Error('pack-check: npm ls lists dependencies');

  step('the library: import from "talkcoach", with its types');
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', tarball], { cwd: consumer });
  // The README's example, as a consumer would write it: type-checked, then run.
  const program = readmeExample(ROOT);
  writeFileSync(join(consumer, 'use.mts'), program);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['use.mts'],
    }),
  );
  // The consumer type-checks against the shipped declarations alone (no @types/node, no yaml).
  run(node, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer });
  console.log('tsc: the README example type-checks against dist/types');
  writeFileSync(join(consumer, 'use.mjs'), program);
  process.stdout.write(run(node, ['use.mjs'], { cwd: consumer }).split('\n')[0] + '\n');

  console.log('\npack-check: all good');
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  if (!process.env.TALKCOACH_KEEP_PACK) rmSync(work, { recursive: true, force: true });
}
