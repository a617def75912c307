// The command line's words: help text for every command and option, and what the commands print.
export const cli = {
  'cli.description':
    'A calm coach for talking with someone you love about getting help from a therapist.\n' +
    'In a crisis, run: talkcoach crisis',
  'cli.version': 'print the version',
  'cli.help': 'show help',
  'cli.unknownCommand': "unknown command '{command}'",
  'cli.unknownCommandHint': "unknown command '{command}' (did you mean {hint}?)",
  'cli.scenarioNotCommand': "'{command}' is a scenario, not a command: talkcoach run {id}",
  'cli.notABytesCount': 'Expected a whole number of bytes',
  'cli.notOnTerminal':
    'not on a terminal, so there is no one to ask: name a scenario, as in talkcoach run partner < answers.txt',
  'cli.notOnTerminalHint': 'talkcoach list shows the scenarios; talkcoach --help shows everything',
  'cli.bug':
    'talkcoach: something went wrong inside talkcoach. This is a bug, not something you did. Nothing was saved.',
  'cli.failure': 'talkcoach: {message}',

  // cli-help: --quiet.
  'cli.run.typedCut':
    'talkcoach: the answer to {question} is kept to its first {limit} characters, as anything typed is',
  'cli.opt.quiet': 'no notes on stderr (where a plan was saved, the region note); errors and crisis lines stay',
  'cli.opt.plain': 'screen-reader friendly: no boxes, symbols or colour',
  'cli.opt.noColor': 'no colour',
  'cli.opt.region': 'country for crisis lines, such as US, GB, AU (default: from your locale)',
  'cli.opt.scenarios': 'also use the scenarios in this folder; repeat for more (or set TALKCOACH_SCENARIOS)',
  'cli.opt.maxBytes': 'largest scenario file accepted, in bytes (default 1 MiB)',
  'cli.opt.strict': 'warnings fail the check too',
  'cli.arg.scenario': 'a scenario id (see talkcoach list) or a file',

  'cli.run': 'run one scenario: questions on a terminal, or answers one a line from a pipe',
  'cli.run.answers': 'answers from this file: one a line, or keyed by question id (.json, .yaml); - is stdin',
  'cli.run.noInput': 'never ask on the terminal; read answers from stdin',
  'cli.run.format': 'text, markdown or json (default: from the -o file name, else text)',
  'cli.run.output': 'save the plan to this file (mode 0600) instead of printing it; - is stdout',
  'cli.run.full': 'print the whole plan, with "More, if you want it"',
  'cli.run.withAnswers': 'keep your answers in the saved file (left out by default: they can be private)',
  'cli.run.withSafetyDetails':
    'the coach and run: keep safety-plan details (a code word, where things are kept) in a saved plan ' +
    '(left out by default: someone else could find the file)',
  'cli.list': 'the scenarios available',
  'cli.validate': 'check scenario, shared module and test files: every problem as file:line:col',
  'cli.validate.paths': 'files or folders (a folder: its .yaml files and those in its shared/ folder)',
  'cli.validate.format': 'text, or json for editors and CI',
  'cli.graph': 'draw a scenario: Mermaid (paste into Markdown on GitHub) or Graphviz DOT',
  'cli.graph.format': 'mermaid or dot',
  'cli.test':
    'run scripted play-throughs (*.test.yaml); with --walk, take every answer of a scenario and check every plan',
  'cli.describe': 'show what a shared module or a scenario offers: question and answer ids, facts, talking points',
  'cli.describe.name': 'a module name (such as crisis), a scenario id, or a file',
  'cli.test.paths': 'test files or folders; with --walk, scenario ids, files or folders',
  'cli.test.walk': 'walk scenarios instead: every answer of every reachable question, checking each plan',
  'cli.test.coverage':
    'after the cases, show which options, endings and talking points they exercise, and which none does',
  'cli.test.random':
    'play scenarios N times (at most 100,000) with random answers, checking every plan (as --walk does)',
  'cli.test.seed': 'the seed for --random, 0 to 4,294,967,295: the same seed plays the same runs (default 1)',
  'cli.test.watchOpt': 'run again each time a file in the given paths is saved',
  'cli.test.coverageHead': 'coverage of {file} by {cases}:',
  'cli.test.coverageLine': '  {what}: {taken} of {total}',
  'cli.test.coverageMissed': 'by none',
  'cli.test.coverageOptions': 'answers taken (question:answer)',
  'cli.test.coverageEndings': 'endings reached',
  'cli.test.coveragePoints': 'talking points in some plan',
  'cli.test.badNumber': '{what} needs a whole number from {min} to {max}, not "{value}"',
  'cli.test.randomResult':
    '{verdict} random {id}: {runs} (seed {seed}), {bad} with a problem (no plan, no boundaries or crisis block, ' +
    'or another rule every plan keeps); endings: {endings}; plans by stance: {stances}; ' +
    '{forbidden} points a stance forbids',
  'cli.test.randomBad': 'run {run}: {fault}; answers {answers} (one a line, as piped)',
  'cli.run.from': 'starting at node "{node}": the questions before it are not asked, so their facts are unset',
  'cli.run.noFrom': 'there is no node "{node}" to start from',
  'cli.run.fromOpt': 'start at this node instead of the first question (to try one branch while writing)',
  'cli.watch.waiting': 'watching for changes (Ctrl-C to stop)',
  'cli.watch.again': '--- a file changed: checking again',
  'cli.watch.noFolder': 'cannot watch {target}: the folder {dir} does not exist',
  'cli.watch.gone': 'the folder {dir} is gone (deleted or moved); watching for it to come back',
  'cli.watch.back': 'the folder {dir} is back: watching it again',
  'cli.test.strict': 'warnings (such as talking points in no plan) fail the run too',
  'cli.crisis': 'crisis steps and lines, right now, with no questions',

  'cli.region.unknown':
    'talkcoach: we have no verified crisis numbers for "{given}" (from {from}), so the emergency advice ' +
    'and the international directory are shown; known regions: {known}',
  'cli.region.from': 'from {from}',
  'cli.region.notKnown': '{from} names no region we have verified numbers for',
  'cli.region.fromLocale': 'from your locale {locale}',
  'cli.region.noneInLocale': 'your locale {locale} names no country we know',
  'cli.region.asked': 'as you said',
  'cli.region.askedElsewhere': 'no numbers are verified for where you are',
  'cli.region.noLocale': 'no --region, TALKCOACH_REGION or locale says where you are',
  'cli.region.used':
    'Crisis lines for {region} ({why}). Another country: --region CODE; to keep one: talkcoach config set region CODE.',
  'cli.region.unverified':
    'No crisis numbers shown: none is verified yet for {region} ({why}). Another country: --region CODE; ' +
    'to keep one: talkcoach config set region CODE.',
  'cli.region.none':
    'No crisis numbers shown: {why}. To see them, give your country with --region CODE ' +
    '(such as --region GB), or keep it: talkcoach config set region GB.',
  'cli.practice.leftOver': {
    one: 'talkcoach: the practice was finished; {count} more line was ignored',
    other: 'talkcoach: the practice was finished; {count} more lines were ignored',
  },
  'cli.run.leftOver': {
    one: 'talkcoach: the plan was finished; {count} more line was ignored',
    other: 'talkcoach: the plan was finished; {count} more lines were ignored',
  },
  'cli.run.stdinScenario': 'run - reads the scenario from standard input, so the answers need a file: --answers FILE',
  'cli.run.stdinScenarioHint': 'for example: talkcoach run - --answers answers.json < my-scenario.yaml',
  'cli.run.standardInput': 'standard input',
  'cli.run.answersNotYaml': '{file} is not valid YAML',
  'cli.run.answersNotYamlAt': '{file} is not valid YAML (line {line}, column {col})',
  'cli.run.answersYamlTag':
    '{file}, line {line}, column {col}: an unknown tag (a word after "!"); write each answer as plain text',
  'cli.run.answersNotJson': '{file} is not valid JSON',
  'cli.run.answersNotJsonAt': '{file} is not valid JSON (line {line}, column {col})',
  'cli.run.answersRepeatedKey':
    '{file}, line {line}, column {col}: this key is given twice; give each question one answer',
  'cli.run.stdinTooBig': 'the scenario on standard input is over the size limit (--max-bytes raises it)',
  'cli.run.exists': '{file} already exists; nothing was written',
  'cli.run.existsHint': 'add --force to replace it, or give another name with -o',
  'cli.run.saved': 'talkcoach: plan saved to {file} (readable only by your user account)',
  'cli.run.savedCareful':
    'talkcoach: plan saved to {file}. Anyone who uses this computer, or knows its password, could find it.',
  'cli.run.badFormat': '--format must be text, markdown or json, not "{value}"',
  'cli.list.hasProblems': '(has problems: run talkcoach validate)',
  'cli.crisis.whatNow': 'What to do now',
  'cli.crisis.forYou': "If it's you who is struggling",
  'cli.crisis.forSomeone': "If it's someone else",
  'cli.graph.badFormat': '--format must be {formats} or {last}',
  'cli.graph.drawnWithProblems': 'talkcoach: drawn, but {file} has {problems}:',
  'cli.validate.badFormat': '--format must be text or json',
  'cli.validate.noFiles': '{target} holds no .yaml files to check',
  'cli.validate.summary': '{files} checked: {errors}, {warnings}',
  'cli.validate.strictFails': ' (--strict: warnings fail)',
  'cli.test.noFiles': '{target} holds no {what} files',
  'cli.test.testFiles': 'test (*.test.yaml)',
  'cli.test.inEnglish': {
    one:
      'note: {file}: {count} phrase of its cases is not translated into this language ' +
      '(talkcoach validate names it): played in English',
    other:
      'note: {file}: {count} phrases of its cases are not translated into this language ' +
      '(talkcoach validate names them): played in English',
  },
  'cli.test.broken': 'BROKEN {file}: {problems}; no case was run',
  'cli.test.pass': 'PASS {file}: {cases}',
  'cli.test.fail': 'FAIL {file}: {failed} of {cases} failed',
  'cli.test.summary': '{cases} in {files}: {passed} passed, {failed} failed',
  'cli.test.unrunnable': ', {files} could not be run',
  'cli.test.case': 'case "{name}": {message}',
  'cli.test.walkResult':
    '{verdict} walk {id} ({file}): {sessions}, {taken} of {pairs} taken, {reached} of {endings} reached, ' +
    '{problems}, {unreached} in no plan',
  'cli.test.walkSafety':
    '  safety: plans by stance: {stances}; {forbidden} points a stance forbids; {risk} with risk, {first} ' +
    'with the crisis lines first; {substances} about substance use, {warned} with the withdrawal warning; ' +
    'summary at most {summaryMax} words ({summaryOver} over {summaryCap}); ' +
    'main plan at most {mainMax} points ({mainOver} over 12)',
  'cli.test.walkCut': '  the walk stopped before taking every answer (too many sessions)',
  'cli.test.walkLoop': '  the walk stopped before taking every answer (a loop with no way out)',
  'cli.count.cases': { one: '{count} case', other: '{count} cases' },
  'cli.count.runs': { one: '{count} run', other: '{count} runs' },
  'cli.count.sessions': { one: '{count} session', other: '{count} sessions' },
  'cli.count.pairs': { one: '{count} node/answer pair', other: '{count} node/answer pairs' },
  'cli.count.endings': { one: '{count} ending', other: '{count} endings' },
  'cli.count.points': { one: '{count} talking point', other: '{count} talking points' },
  'cli.region.fromConfig': 'kept with talkcoach config',
  'completion.cmd': 'print shell completion for bash, zsh or fish',
  'completion.arg': 'bash, zsh or fish',
  'completion.badShell': '"{shell}" is not a shell talkcoach completes; choose one of {shells}',
  'config.cmd': 'keep a setting (your region or language) so you need not give it every time',
  'config.arg.action': 'set, get, unset or list',
  'config.arg.key': 'the setting: region or lang',
  'config.arg.value': 'for set: the value (a country code such as GB or US; a language such as es)',
  'config.set':
    'Kept {key} = {value} in {file} (only your user account can read it). talkcoach config unset {key} forgets it.',
  'config.unset': 'Forgot {key} (in {file}).',
  'config.unsetNone': 'No {key} was kept; nothing to forget.',
  'config.none': 'No settings are kept. talkcoach config set region GB keeps one.',
  'config.badAction': '"{action}" is not something config does: use set, get, unset or list',
  'config.badKey': '"{key}" is not a setting talkcoach keeps; the settings are: {keys}',
  'config.needsValue': 'config set {key} needs a value, such as: talkcoach config set {key} GB',
  'config.words': { one: 'one word', other: '{count} words' },
  'config.noWords': 'nothing',
  'config.extra': 'config {action} takes {want} after it, not {given}: talkcoach config --help shows how',
  'config.badRegion': '"{value}" is not a region we have verified crisis numbers for; known: {known}',
  'config.badLang': '"{value}" is not a language talkcoach speaks; known: {known}',
  'config.needsLang': 'config set lang needs a language, such as: talkcoach config set lang es',
  'config.unreadable':
    'warning: {file} is not a settings file talkcoach wrote, so it was not used; ' +
    'talkcoach config set region CODE writes a new one, or delete it',
  'config.noHome': 'there is no home folder to keep settings in: set HOME (or XDG_CONFIG_HOME) to a full path',
} as const;
