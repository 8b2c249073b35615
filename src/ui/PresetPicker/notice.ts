/** A message the preset panel shows after an action. */
export interface Notice {
  /** Screen readers announce an `error` at once (role="alert") and the other kinds politely (role="status"). */
  readonly kind: 'info' | 'warning' | 'error';
  readonly text: string;
}

/** Returns the message of a failure as an error notice. */
export function errorNotice(failure: unknown): Notice {
  return { kind: 'error', text: failure instanceof Error ? failure.message : String(failure) };
}
