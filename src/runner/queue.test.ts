import { describe, expect, it } from 'vitest';
import type { EngineSpec } from '../engines/spec';
import type { HostMessage, WorkerMessage } from '../engines/protocol';
import { createTasksStore, type TasksStore } from '../store/tasks';
import type { Task } from '../tasks/types';
import { startQueue } from './queue';

/**
 * A stand-in for an engine worker in unit tests: it replies to a `run` with the
 * messages `script` returns, and records what it received and whether it was
 * terminated. End-to-end tests use the real engines.
 */
class ScriptedWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: HostMessage | null = null;
  terminated = false;

  constructor(private readonly script: (message: HostMessage) => readonly WorkerMessage[] | 'hang') {}

  postMessage(message: HostMessage): void {
    this.received = message;
    const replies = this.script(message);
    if (replies === 'hang') return;
    queueMicrotask(() => {
      for (const reply of replies) {
        if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<WorkerMessage>);
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

function engineWith(script: ConstructorParameters<typeof ScriptedWorker>[0], workers: ScriptedWorker[] = []): EngineSpec {
  return {
    createWorker: () => {
      const worker = new ScriptedWorker(script);
      workers.push(worker);
      return worker as unknown as Worker;
    },
    assetUrls: () => ({}),
  };
}

const payload = (args: string, extra: Record<string, unknown> = {}) => ({ operation: 'command', engine: 'ffmpeg', command: 'ffmpeg', arguments: args, ...extra });

async function settled(store: TasksStore, name: string): Promise<Task> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const task = store.getState().tasks.find((candidate) => candidate.name === name);
    if (task !== undefined && (task.status === 'finished' || task.status === 'error')) return task;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Task ${name} did not end.`);
}

describe('startQueue', () => {
  it('finishes a task and stores its outputs', async () => {
    const store = createTasksStore();
    const ffmpeg = engineWith(() => [
      { kind: 'ready', engineVersion: '5.1.4' },
      { kind: 'log', stream: 'stderr', line: 'done' },
      { kind: 'exit', exitCode: 0, files: [{ relativePath: 'frames/01.png', data: new Blob(['png']) }] },
    ]);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-f lavfi -i testsrc /output/frames/%02d.png', { capture_output: true }));
    const task = await settled(store, 'command-1');

    expect(task.status).toBe('finished');
    expect(task.engine_version).toBe('5.1.4');
    expect(task.result).toEqual({ files: [{ filename: '01.png', size: 3, dir: 'frames' }], output: 'done\n' });
  });

  it('mounts inputs and creates output folders', async () => {
    const store = createTasksStore();
    const workers: ScriptedWorker[] = [];
    const ffmpeg = engineWith(() => [{ kind: 'ready', engineVersion: '5.1.4' }, { kind: 'exit', exitCode: 0, files: [] }], workers);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addImportTask([new File(['x'], 'a b.mp4')]);
    store.getState().addCommandTask(payload("-i '/input/import-1/a b.mp4' /output/clips/out.mp4", { input: 'import-1' }));
    await settled(store, 'command-1');

    const run = workers[0]?.received;
    expect(run?.args).toEqual(['-i', '/input/import-1/a b.mp4', '/output/clips/out.mp4']);
    expect(run?.files.map((file) => file.path)).toEqual(['/input/import-1/a b.mp4']);
    expect(run?.folders).toEqual(['/output/clips']);
  });

  it('reports a non-zero exit as COMMAND_FAILED', async () => {
    const store = createTasksStore();
    const ffmpeg = engineWith(() => [
      { kind: 'ready', engineVersion: '5.1.4' },
      { kind: 'log', stream: 'stderr', line: "Unknown encoder 'x'" },
      { kind: 'exit', exitCode: 1, files: [] },
    ]);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-i a.mp4 -c:v x /output/o.mp4'));
    const task = await settled(store, 'command-1');

    expect(task.code).toBe('COMMAND_FAILED');
    expect(task.message).toBe("ffmpeg exited with code 1: Unknown encoder 'x'");
  });

  it('reports a crash as ENGINE_CRASHED', async () => {
    const store = createTasksStore();
    const ffmpeg = engineWith(() => [{ kind: 'crash', message: 'RuntimeError: unreachable' }]);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-version'));
    const task = await settled(store, 'command-1');

    expect(task.code).toBe('ENGINE_CRASHED');
    expect(task.message).toBe('The ffmpeg engine crashed: RuntimeError: unreachable.');
  });

  it('rejects an unknown engine_version after the engine loads', async () => {
    const store = createTasksStore();
    const workers: ScriptedWorker[] = [];
    const ffmpeg = engineWith(() => [{ kind: 'ready', engineVersion: '5.1.4' }], workers);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-version', { engine_version: '6.0' }));
    const task = await settled(store, 'command-1');

    expect(task.code).toBe('INVALID_DATA');
    expect(task.message).toContain('"6.0"');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('cancels a running task and runs the next one', async () => {
    const store = createTasksStore();
    const workers: ScriptedWorker[] = [];
    const ffmpeg = engineWith((message) => (message.args[0] === 'hang' ? 'hang' : [{ kind: 'ready', engineVersion: '5.1.4' }, { kind: 'exit', exitCode: 0, files: [] }]), workers);
    const queue = startQueue({ store, engines: { ffmpeg } });

    const first = store.getState().addCommandTask(payload('hang'));
    store.getState().addCommandTask(payload('-version'));
    queue.cancel(first.id);

    expect((await settled(store, 'command-1')).code).toBe('CANCELLED');
    expect((await settled(store, 'command-2')).status).toBe('finished');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('times out a hanging engine', async () => {
    const store = createTasksStore();
    const workers: ScriptedWorker[] = [];
    const ffmpeg = engineWith(() => 'hang', workers);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-version', { timeout: 1 }));
    const task = await new Promise<Task>((resolve) => setTimeout(() => resolve(settled(store, 'command-1')), 1100));

    expect(task.code).toBe('TIMEOUT');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('fails a task whose input ended in error', async () => {
    const store = createTasksStore();
    const ffmpeg = engineWith(() => [{ kind: 'ready', engineVersion: '5.1.4' }, { kind: 'exit', exitCode: 1, files: [] }]);
    startQueue({ store, engines: { ffmpeg } });

    store.getState().addCommandTask(payload('-version'));
    store.getState().addCommandTask(payload('-i /input/command-1/x.mp4 /output/y.mp4', { input: 'command-1' }));

    const task = await settled(store, 'command-2');
    expect(task.code).toBe('INPUT_TASK_FAILED');
    expect(task.message).toContain('"command-1"');
  });

  it('reports an invalid payload as INVALID_DATA without a worker', async () => {
    const store = createTasksStore();
    const workers: ScriptedWorker[] = [];
    startQueue({ store, engines: { ffmpeg: engineWith(() => [], workers) } });

    store.getState().addCommandTask(payload('-i a.mp4 | cat'));
    const task = await settled(store, 'command-1');

    expect(task.code).toBe('INVALID_DATA');
    expect(workers).toEqual([]);
  });
});
