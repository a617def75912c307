// A compile-time check, apart from the format so each file keeps one job.
import type { Branch, Module, Option, Point, Scenario, ScenarioNode } from '../engine/model.js';
import type { Infer } from './schema-kit/core.js';
import type { BranchSchema, ModuleSchema, NodeSchema, OptionSchema, PointSchema, ScenarioSchema } from './format.js';

// The engine owns the model; the schema must infer exactly its types. Each line fails `tsc` when
// the two drift apart (a field added to one and not the other, optional in one and required in the other).
// Both sides are flattened first (the schema infers intersections), then compared strictly, so an
// optional field added to one side only also counts as a difference.
type Flat<T> = T extends (infer U)[] ? Flat<U>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
type Equal<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemaMatchesEngine = [
  Assert<Equal<Infer<typeof ScenarioSchema>, Scenario>>,
  Assert<Equal<Infer<typeof ModuleSchema>, Module>>,
  Assert<Equal<Infer<typeof NodeSchema>, ScenarioNode>>,
  Assert<Equal<Infer<typeof PointSchema>, Point>>,
  Assert<Equal<Infer<typeof OptionSchema>, Option>>,
  Assert<Equal<Infer<typeof BranchSchema>, Branch>>,
];
