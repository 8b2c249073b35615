import type { Task } from '../../tasks/types';

/** Describes a task's new status in one sentence for a screen reader. */
function describeStatus(task: Task): string {
  switch (task.status) {
    case 'waiting':
      return `${task.name} is waiting.`;
    case 'processing':
      return `${task.name} is running.`;
    case 'finished': {
      const count = task.result?.files.length ?? 0;
      return `${task.name} finished with ${count} file${count === 1 ? '' : 's'}.`;
    }
    case 'error':
      return `${task.name} failed: ${task.code ?? 'error'}. ${task.message ?? ''}`.trim();
    default: {
      const unexpected: never = task.status;
      throw new Error(`Unexpected task status ${String(unexpected)}`);
    }
  }
}

/**
 * Returns one sentence per status change between two task lists: a new
 * task's status, or a changed one. Percent changes are left out, because a
 * screen reader would read every step.
 */
export function statusAnnouncements(previous: readonly Task[], next: readonly Task[]): string[] {
  const before = new Map(previous.map((task) => [task.id, task.status]));
  return next.filter((task) => before.get(task.id) !== task.status).map(describeStatus);
}
