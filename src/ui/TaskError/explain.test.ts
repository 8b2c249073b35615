import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../tasks/types';
import { explainError } from './explain';

const CODES: readonly ErrorCode[] = ['INVALID_DATA', 'INPUT_TASK_FAILED', 'COMMAND_FAILED', 'TIMEOUT', 'CANCELLED', 'ENGINE_CRASHED'];

describe('explainError', () => {
  it.each(CODES)('explains %s', (code) => {
    expect(explainError(code).length).toBeGreaterThan(20);
  });

  it('points TIMEOUT at the timeout field', () => {
    expect(explainError('TIMEOUT')).toContain('Raise Timeout');
  });

  it('explains a failed URL import without blaming a field', () => {
    expect(explainError('INVALID_DATA', 'import/url')).toContain('could not be fetched');
  });
});
