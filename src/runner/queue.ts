import { failTask } from '../tasks/task';
import { cancelledFailure } from './outcome';
import { CANCEL_REASON, runCommandTask, type RunnerDependencies } from './run-command';
import { nextStep } from './schedule';

export interface Queue {
  /** Ends a waiting or running task in CANCELLED; a running engine is terminated. */
  cancel(taskId: string): void;
  dispose(): void;
}

/**
 * Runs waiting command tasks one at a time, in creation order, whenever the
 * store changes and no task is running.
 */
export function startQueue(deps: RunnerDependencies): Queue {
  const { store } = deps;
  let running: { readonly taskId: string; readonly controller: AbortController } | null = null;

  const pump = (): void => {
    if (running !== null) return;
    const step = nextStep(store.getState().tasks);
    switch (step.kind) {
      case 'idle':
        return;
      case 'input-failed':
        store.getState().replaceTask(failTask(step.task, 'INPUT_TASK_FAILED', `The input task "${step.inputName}" ended in error, so this task cannot run.`));
        return;
      case 'run': {
        const controller = new AbortController();
        running = { taskId: step.task.id, controller };
        runCommandTask(step.task.id, deps, controller.signal)
          .catch((error: unknown) => {
            console.error(`Task ${step.task.id} failed inside the runner`, error);
            const task = store.getState().tasks.find((candidate) => candidate.id === step.task.id);
            if (task !== undefined && (task.status === 'waiting' || task.status === 'processing')) {
              store.getState().replaceTask(failTask(task, 'ENGINE_CRASHED', `The runner failed: ${String(error)}`));
            }
          })
          .finally(() => {
            running = null;
            pump();
          });
        return;
      }
      default: {
        const unexpected: never = step;
        throw new Error(`Unexpected queue step ${JSON.stringify(unexpected)}`);
      }
    }
  };

  const unsubscribe = store.subscribe(pump);
  pump();

  return {
    cancel(taskId) {
      if (running?.taskId === taskId) {
        running.controller.abort(CANCEL_REASON);
        return;
      }
      const task = store.getState().tasks.find((candidate) => candidate.id === taskId);
      if (task?.status === 'waiting') {
        const failure = cancelledFailure();
        store.getState().replaceTask(failTask(task, failure.code, failure.message));
      }
    },
    dispose() {
      unsubscribe();
      running?.controller.abort(CANCEL_REASON);
    },
  };
}
