// Words of the scenario layer: loading, checking and opening scenario files.
export const scenario = {
  'scenario.isModule': '{file} is a shared module, not a scenario: name a scenario that uses it',
  'scenario.hasProblems': {
    one: '{file} has {count} problem; run talkcoach validate {file} for the full list',
    other: '{file} has {count} problems; run talkcoach validate {file} for the full list',
  },
  'scenario.noSuch': 'there is no scenario called "{arg}"',
  'scenario.outsideFolder':
    '{file} leads outside its folder {dir} (a link or ..), so it is not read; ' +
    'keep the files a scenario or test file uses inside its own folder',
  'scenario.atLeastItems': { one: 'needs at least {count} item', other: 'needs at least {count} items' },
  'scenario.emptyCondition':
    'an empty equals or includes names no fact, so it would always be true: name a fact and its value',
  'scenario.atLeastEntries': { one: 'needs at least {count} entry', other: 'needs at least {count} entries' },
  // YAML mistakes said in the format's terms (src/scenario/yaml-messages.ts).
  'scenario.yaml.colonInText':
    'text with ": " (a colon and a space) must be in quotes, or YAML reads it as a key: write "like: this"',
  'scenario.yaml.overIndented':
    'this line is indented more than the key above it, but that key already has a value: ' +
    'indent it as far as that key, or put it under a key that ends with ":"',
  'scenario.yaml.indentedMore':
    'this line starts at column {found}, but the keys after it at column {column}: ' +
    'keys of one mapping must start at the same column',
  // The graph checks (src/scenario/lint.ts): what `talkcoach validate` reports.
  'scenario.lint.stanceForbids':
    'talking point "{point}" ({tags}) can reach a plan whose stance is {stance}, which forbids it; ' +
    'for example {answers}. Give it a when that leaves that stance out, or add it only on answers that do',
  'scenario.lint.stanceTooMany': 'not proven: {count} combinations of answers to try',
  'scenario.lint.noStart': 'the start node "{id}" does not exist',
  'scenario.lint.addUses': '; the shared module "{module}" provides it: add uses: [{uses}]',
  'scenario.lint.addToUses': '; the shared module "{module}" provides it: add it to uses: [{uses}]',
  'scenario.lint.idNotFileName':
    'the id "{id}" differs from the file name {file}.yaml: talkcoach finds scenarios by file name, ' +
    'so `talkcoach run {id}` would not find it; rename the file or write id: {file}',
  'scenario.lint.noCrisisHelp': 'crisis-help names the node "{id}", which does not exist',
  'scenario.lint.crisisHelpNotCrisis':
    'crisis-help names "{id}", which is not a note with crisis: true ' +
    '(crisis help shows its steps beside the crisis lines)',
  'scenario.lint.noTarget': 'goes to "{id}", which does not exist',
  'scenario.lint.noPoint': 'talking point "{id}" does not exist',
  'scenario.lint.fillNotCollected': 'the fill-in {{{name}}} is not collected by any text question',
  'scenario.lint.fillNotAName':
    '{written} is not a fill-in: inside {{ }} goes the fact a text question collects ' +
    '(lower-case letters, digits and hyphens, as {{name}})',
  'scenario.lint.fillUnclosed': 'a {{ that is never closed with }}: a fill-in is written {{name}}',
  'scenario.lint.pointUnused': 'talking point "{id}" is never added to a plan (no node adds it and it has no when)',
  'scenario.lint.deadEnd': 'no ending can be reached from node "{id}": every way on leads back or stops',
  'scenario.lint.deadLoop': 'no ending can be reached from nodes {nodes}: they lead only to each other',
  'scenario.lint.leadsOnlyTo': ' (it leads only to {targets})',
  'scenario.lint.unreachable': 'node "{id}" can never be reached from the start (nothing leads to it)',
  'scenario.lint.optionTwice': 'option id "{id}" is used twice in this question',
  'scenario.lint.sameLabel': 'options {first} and {second} have the same label, so the user cannot tell them apart',
  'scenario.lint.numericId':
    'the option id "{id}" is a number; a piped answer "{id}" picks option {id} by position, not this one',
  'scenario.lint.oneOption':
    'this question has only one option; a note, or a second option such as "Not sure", may fit better',
  'scenario.lint.optionNoNext': 'option "{id}" has no next, and the question has no next either',
  'scenario.lint.branchNoNext': 'the "{branch}" answer has no next, and the question has no next either',
  'scenario.lint.needsNext': 'a {kind} question needs its own next (where to go after the answer)',
  'scenario.lint.noBoundary': 'this ending adds no boundary or self-care reminder (a point in the boundaries section)',
  'scenario.lint.boundaryWhen':
    'every boundaries point this ending adds has a when, so some plans may end without one; ' +
    'add one with no when (talkcoach test --walk checks every path)',
  'scenario.lint.noFact': 'no question or option records the fact "{name}"',
  'scenario.lint.neverValue': 'the fact "{name}" is never "{value}"',
  'scenario.lint.equalsOnMulti':
    'the fact "{name}" is recorded by a multiple-choice question, so it holds a list and equals is never true: ' +
    'use includes',
  'scenario.lint.includesOnOne': 'the fact "{name}" holds one answer (a single-choice question records it): use equals',
  'scenario.lint.emptyCondition': '{key} names no fact, so it is always true: name a fact and its value',
  'scenario.lint.safetyFirst':
    'the first question must be a safety question: a choice or yes/no with an answer that goes to a note ' +
    'with crisis: true',
  // cli-help: an unknown scenario, said in one line.
  'scenario.available': 'there are {ids} (talkcoach list shows them all)',
  'scenario.noneAvailable': 'there are none (talkcoach list shows where they are looked for)',
  // cli-help: question aliases.
  'scenario.lint.aliasTaken':
    'the alias "{alias}" of question {node} is already a name of question {other}: ' +
    'an alias must name one question only',
  // Moved into the catalogue for a second language (issue 23).
  'scenario.moduleNotFound':
    'shared module "{name}" not found{hint} (looked for shared/{name}.yaml beside the scenario and among the ' +
    'built-in modules)',
  'scenario.moduleNotFoundAmong':
    'shared module "{name}" not found{hint} (looked for shared/{name}.yaml beside the scenario and among the ' +
    'built-in modules: {others})',
  'scenario.moduleNameDiffers': 'this file is named for module "{name}" but says module: {says}',
  'scenario.moduleFileDiffers':
    'the module is called "{module}" but its file is {name}.yaml; scenarios find modules by file name ' +
    '(shared/<module>.yaml)',
  'scenario.parse.documents': 'the file holds {count} YAML documents (separated by ---); it must hold one',
  'scenario.parse.tooDeep': 'the file is nested too deeply to read',
  'scenario.parse.fixFirst': '{problem} (fix this first: it can hide later problems)',
  'scenario.schema.kind.nothing': 'nothing',
  'scenario.schema.kind.mapping': 'a mapping (key: value lines)',
  'scenario.schema.kind.list': 'a list',
  'scenario.schema.kind.empty': 'an empty value',
  'scenario.schema.kind.text': 'text',
  'scenario.schema.kind.number': 'a number',
  'scenario.schema.kind.boolean': 'true/false',
  'scenario.schema.kind.other': 'a value of another kind',
  'scenario.schema.tooDeep': 'nested more than {max} levels deep',
  'scenario.schema.expectedMapping': 'expected a mapping (key: value lines), found {found}',
  'scenario.schema.plainKeys': 'keys must be plain words',
  'scenario.schema.missingKey': 'missing the required key "{key}"',
  'scenario.schema.exactlyOne': 'expected exactly one of: {keys}',
  'scenario.schema.unknownCondition': 'unknown condition "{key}"; expected one of {keys}',
  'scenario.schema.tagOneOf': '{key} must be one of {names}',
  'scenario.schema.missingTag': 'missing the required key "{key}" (one of {names})',
  'scenario.schema.expectedText': 'expected text, found {found}',
  'scenario.schema.textNotBoolean': 'expected text, found {found} (put it in quotes to mean the word)',
  'scenario.schema.unsafeChar': 'contains the control or direction character U+{code}, which is not allowed',
  'scenario.schema.oneLine': 'must be on one line',
  'scenario.schema.notEmpty': 'must not be empty',
  'scenario.schema.tooLong': 'is {length} characters long; at most {max} are allowed',
  'scenario.schema.notValid': '"{value}" is not valid here: {hint}',
  'scenario.schema.mustMatch': 'it must match {pattern}',
  'scenario.schema.mustBe': '{key} must be {shown}',
  'scenario.schema.oneOf': 'expected one of {shown}',
  'scenario.schema.expectedBoolean': 'expected true or false, found {found}',
  'scenario.schema.expectedWhole': 'expected a whole number from {min} to {max}, found {found}',
  'scenario.schema.expectedList': 'expected a list, found {found}',
  'scenario.link.theScenario': 'the scenario',
  'scenario.link.module': 'module "{module}"',
  'scenario.link.nodeTwice': 'node "{key}" in {name} is already defined in {other}',
  'scenario.link.pointTwice': 'talking point "{key}" in {name} is already defined in {other}',
  'scenario.schema.noAliases': 'aliases (*name) are not allowed in scenario files; write the value out',
  'scenario.schema.noTags': 'the tag {tag} is not allowed in scenario files',
} as const;
