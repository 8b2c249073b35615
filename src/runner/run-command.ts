import { runInWorker, type RunOutcome } from '../engines/host';
import type { EngineSpec } from '../engines/spec';
import { TaskError } from '../tasks/errors';
import { matchGlob } from '../tasks/glob';
import { splitArguments } from '../tasks/split';
import { failTask, finishTask, setProgress, startTask } from '../tasks/task';
import type { EngineName, ResultFile, Task, ValidPayload } from '../tasks/types';
import { validatePayload } from '../tasks/validate';
import type { TasksStore } from '../store/tasks';
import type { MountedFile } from '../engines/protocol';
import { mountInputs, outputFolders, toStoredFile } from './files';
import { toInvocation } from './invocation';
import { cancelledFailure, commandFailure, crashFailure, joinOutput, timeoutFailure, type Failure, type LogLine } from './outcome';
import { ProgressTracker } from './progress';

/** Abort reason of a user's Cancel, distinct from AbortSignal.timeout's TimeoutError. */
export const CANCEL_REASON = 'cancelled';

export interface RunnerDependencies {
  readonly store: TasksStore;
  readonly engines: Readonly<Partial<Record<EngineName, EngineSpec>>>;
}

/**
 * Runs one waiting command task to its end: validate the payload, mount the
 * input files, run the engine in a fresh worker, collect `/output/` and fill
 * the task object. Every failure ends the task in `error`; nothing throws.
 */
export async function runCommandTask(taskId: string, deps: RunnerDependencies, signal: AbortSignal): Promise<void> {
  const { store } = deps;
  const current = (): Task => {
    const task = store.getState().tasks.find((candidate) => candidate.id === taskId);
    if (task === undefined) throw new Error(`Task ${taskId} is gone from the store.`);
    return task;
  };
  const fail = (failure: Failure, output?: string): void => {
    store.getState().replaceTask(failTask(current(), failure.code, failure.message, output));
  };

  let payload: ValidPayload;
  let args: string[];
  let mounted: MountedFile[];
  try {
    const state = store.getState();
    payload = validatePayload(current().payload, { tasks: state.tasks.filter((task) => task.id !== taskId), versions: state.versions });
    mounted = mountInputs(
      payload.input.map((taskName) => {
        const input = state.tasks.find((task) => task.name === taskName);
        return { taskName, files: input === undefined ? [] : (state.files[input.id] ?? []) };
      }),
    );
    // Globs expand against the mounted inputs, the only files a command can rely on.
    const mountedPaths = mounted.map((file) => file.path);
    args = splitArguments(payload.arguments, (pattern) => matchGlob(pattern, mountedPaths));
  } catch (error) {
    if (error instanceof TaskError) {
      fail(error);
      return;
    }
    throw error;
  }

  const spec = deps.engines[payload.engine];
  if (spec === undefined) {
    fail({ code: 'INVALID_DATA', message: `engine: "${payload.engine}" is not included in this build of Transmute.` });
    return;
  }

  const invocation = toInvocation(payload.engine, payload.command, args);
  const lines: LogLine[] = [];
  const tracker = new ProgressTracker(invocation.args);
  const timeoutMs = payload.timeout * 1000;
  const runSignal = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);

  let outcome: RunOutcome;
  try {
    outcome = await runInWorker(
      { createWorker: spec.createWorker, assetUrls: spec.assetUrls(), command: invocation.program, args: invocation.args, files: mounted, folders: outputFolders(invocation.args) },
      {
        onReady: (version) => {
          store.getState().recordVersion(payload.engine, version);
          if (payload.engine_version !== undefined && payload.engine_version !== version) {
            throw new TaskError('INVALID_DATA', `engine_version: "${payload.engine_version}" is not available for ${payload.engine}; the available version is "${version}".`);
          }
          store.getState().replaceTask(startTask(current(), version));
        },
        onLog: (stream, text) => {
          const line = { stream, text };
          lines.push(line);
          store.getState().appendLog(taskId, line);
          tracker.observeLine(text);
        },
        onProgress: (outputSeconds) => {
          const percent = tracker.percentFor(outputSeconds);
          if (percent !== null) store.getState().replaceTask(setProgress(current(), percent));
        },
      },
      runSignal,
    );
  } catch (error) {
    if (error instanceof TaskError) {
      fail(error);
      return;
    }
    throw error;
  }

  const output = payload.capture_output ? joinOutput(lines) : undefined;
  switch (outcome.kind) {
    case 'exit': {
      if (outcome.exitCode !== 0) {
        fail(commandFailure(invocation.program, outcome.exitCode, lines), output);
        return;
      }
      const stored = outcome.files.map((file) => toStoredFile(file.relativePath, file.data));
      store.getState().setFiles(taskId, stored);
      const resultFiles: ResultFile[] = stored.map((file) => ({
        filename: file.filename,
        size: file.data.size,
        ...(file.dir === undefined ? {} : { dir: file.dir }),
      }));
      store.getState().replaceTask(finishTask(current(), output === undefined ? { files: resultFiles } : { files: resultFiles, output }));
      return;
    }
    case 'crash':
      fail(crashFailure(invocation.program, outcome.message, invocation.args), output);
      return;
    case 'aborted':
      fail(outcome.reason === CANCEL_REASON ? cancelledFailure() : timeoutFailure(payload.timeout), output);
      return;
    default: {
      const unexpected: never = outcome;
      throw new Error(`Unexpected run outcome ${JSON.stringify(unexpected)}`);
    }
  }
}

