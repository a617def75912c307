// Generates a valid scenario of any size for benchmarks: a safety question, then `count` choice
// questions of two answers each, every one leading further on, and one ending.
export function generateScenario(count) {
  const out = [
    '# Generated for benchmarks: not real content.',
    'format: 1',
    `id: generated-${count}`,
    `title: A generated scenario of ${count} questions`,
    'summary: Generated to measure how loading grows with size.',
    'for: The benchmark.',
    'start: safety',
    '',
    'nodes:',
    '  safety:',
    '    kind: yesno',
    '    ask: Is anyone in danger right now?',
    '    yes:',
    '      next: crisis',
    '    no:',
    '      next: q0',
    '  crisis:',
    '    kind: note',
    '    title: First, safety',
    '    crisis: true',
    '    next: q0',
  ];
  const target = (i) => (i >= count ? 'done' : `q${i}`);
  for (let i = 0; i < count; i++) {
    out.push(
      `  q${i}:`,
      '    kind: choice',
      `    ask: How would you describe step ${i} of this conversation?`,
      `    fact: f${i % 50}`,
      '    options:',
      '      - id: calm',
      '        label: It went calmly',
      `        next: ${target(i + 1)}`,
      '      - id: hard',
      '        label: It was hard',
      `        add: [p${i % 100}]`,
      `        next: ${target(i + 2)}`,
    );
  }
  out.push('  done:', '    kind: end', '    title: Your plan', '    add: [rest]', '', 'points:');
  out.push('  rest:', '    section: boundaries', '    do: Rest, and look after yourself too.', '    source: generated');
  for (let p = 0; p < Math.min(100, count); p++)
    out.push(
      `  p${p}:`,
      '    section: listening',
      `    do: Listen to what they say about step ${p}.`,
      '    source: generated',
    );
  return `${out.join('\n')}\n`;
}
