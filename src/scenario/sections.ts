// Plan sections, in the order a plan shows them (safety moves first when it has anything).
// Apart from the format so the engine can use them without loading the schema kit.
export const SECTIONS = [
  'safety',
  'before',
  'opening',
  'listening',
  'worries',
  'practical',
  'if-no',
  'boundaries',
] as const;
export type SectionId = (typeof SECTIONS)[number];
