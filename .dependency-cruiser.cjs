// The allowed import directions (CONTRIBUTING.md has the map). Layers, top to bottom:
//   cli (src/cli.ts, src/boot.ts) -> commands -> frontends -> testing -> render -> scenario
//   -> safety -> io -> messages -> engine
// A folder imports only folders below it. src/index.ts (the library) sits beside commands but may
// not import them. src/errors.ts and src/paths.ts are leaves: they import nothing of ours.
const LAYERS = ['commands', 'frontends', 'authoring', 'render', 'scenario', 'safety', 'io', 'messages', 'engine'];

const upward = LAYERS.flatMap((layer, i) =>
  i === 0
    ? []
    : [
        {
          name: `${layer}-not-upward`,
          comment: `src/${layer}/ may import only the layers below it: ${LAYERS.slice(i + 1).join(', ')}`,
          severity: 'error',
          from: { path: `^src/${layer}/` },
          to: { path: `^src/(${LAYERS.slice(0, i).join('|')}|cli|boot|edge|index)(/|\\.ts$)` },
        },
      ],
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules may not import each other in a circle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'engine-is-pure',
      comment: 'the engine imports only itself: no node:, no packages, no other folder of ours',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { pathNot: '^src/engine/' },
    },
    {
      name: 'leaves-import-nothing',
      comment: 'src/errors.ts and src/paths.ts are leaves, importable by all but the engine',
      severity: 'error',
      from: { path: '^src/(errors|paths)\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'library-not-commands',
      comment: 'the library (src/index.ts) does not import the command layer or the entry',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/(commands|frontends|cli|boot)' },
    },
    {
      name: 'rooms-through-rooms-module',
      comment:
        'the rooms (code only some runs need) load on first use through src/commands/rooms.ts alone, ' +
        'so a piped run never pulls one in',
      severity: 'error',
      from: { pathNot: '^src/commands/rooms\\.ts$' },
      to: { path: '^src/(scenario/yaml-room|frontends/terminal-room|render/calendar)\\.ts$' },
    },
    {
      name: 'only-cli-touches-process-entry',
      comment: 'nothing imports the entry, the boot module or the edge (failures into words and exit codes)',
      severity: 'error',
      from: { pathNot: '^src/(cli|boot)\\.ts$' },
      to: { path: '^src/(cli|boot|edge)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: the model's direction matters even for types.
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
