// Script failures. RouterOS parses a whole script before running it, so a syntax error (or an unknown
// command, which RouterOS also rejects while parsing) means nothing ran; a runtime error stops the
// script where it happened. Both end up in the router's log with the `script,error` topics.

export class ScriptError extends Error {
  constructor(
    message: string,
    readonly phase: 'syntax' | 'runtime',
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}

export function syntaxError(detail: string, source: string, pos: number): ScriptError {
  const before = source.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return new ScriptError(`syntax error (line ${line} column ${column}): ${detail}`, 'syntax');
}

export function runtimeError(detail: string): ScriptError {
  return new ScriptError(detail, 'runtime');
}
