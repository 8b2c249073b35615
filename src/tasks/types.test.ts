import { describe, expectTypeOf, it } from 'vitest';
import type { CommandPayload, ErrorCode, Task, TaskStatus, ValidPayload } from './types';

describe('types', () => {
  it('Task has the API field names', () => {
    expectTypeOf<keyof Task>().toEqualTypeOf<
      | 'id'
      | 'name'
      | 'operation'
      | 'status'
      | 'message'
      | 'code'
      | 'percent'
      | 'created_at'
      | 'started_at'
      | 'ended_at'
      | 'depends_on_tasks'
      | 'engine'
      | 'engine_version'
      | 'payload'
      | 'result'
    >();
  });

  it('TaskStatus lists four statuses', () => {
    expectTypeOf<TaskStatus>().toEqualTypeOf<'waiting' | 'processing' | 'finished' | 'error'>();
  });

  it('ErrorCode lists six codes', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<
      'INVALID_DATA' | 'INPUT_TASK_FAILED' | 'COMMAND_FAILED' | 'TIMEOUT' | 'CANCELLED' | 'ENGINE_CRASHED'
    >();
  });

  it('ValidPayload is a CommandPayload', () => {
    expectTypeOf<ValidPayload>().toExtend<CommandPayload>();
  });

  it('ValidPayload has required defaults', () => {
    expectTypeOf<ValidPayload['timeout']>().toEqualTypeOf<number>();
    expectTypeOf<ValidPayload['capture_output']>().toEqualTypeOf<boolean>();
    expectTypeOf<ValidPayload['input']>().toEqualTypeOf<readonly string[]>();
  });
});
