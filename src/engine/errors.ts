// The one error type the engine throws; front ends turn it into words for the user.
export type EngineErrorCode = 'invalid-answer' | 'no-previous' | 'finished' | 'wrong-scenario' | 'broken-scenario';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
