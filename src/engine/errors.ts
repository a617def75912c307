// The one error type the engine throws; front ends turn it into words for the user. It carries a
// code and the ids it concerns, never an answer: answers may be private, and errors end up in logs.
export type EngineErrorCode =
  | 'invalid-answer'
  | 'invalid-state'
  | 'invalid-options'
  | 'no-previous'
  | 'finished'
  | 'wrong-scenario'
  | 'broken-scenario';

export interface EngineErrorParams {
  /** The node the session was at, or the node or point id that is missing. */
  node?: string;
  point?: string;
  /** The kind of question that was given an answer it cannot take. */
  kind?: string;
  /** For wrong-scenario: the scenario the session belongs to. */
  scenario?: string;
}

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly params: EngineErrorParams = {},
  ) {
    super(`engine.${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'EngineError';
  }
}
