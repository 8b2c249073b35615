import { useMemo } from 'react';
import { relativePath } from '../../runner/files';
import { useTasks } from '../../store/tasks';
import type { LintTask } from './lint';

/** Returns the session's tasks as the linter and the path suggestions use them: name, status and file paths. */
export function useLintTasks(): LintTask[] {
  const tasks = useTasks((state) => state.tasks);
  const files = useTasks((state) => state.files);
  return useMemo(
    () => tasks.map((task) => ({ name: task.name, status: task.status, files: (files[task.id] ?? []).map(relativePath) })),
    [tasks, files],
  );
}
