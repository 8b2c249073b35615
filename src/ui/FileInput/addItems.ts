import { tasksStore } from '../../store/tasks';
import { TaskError } from '../../tasks/errors';
import type { DroppedItem } from './entries';
import { emptyFolders, planImports } from './plan';

/**
 * Creates the import tasks for files added together and returns the problems
 * to show: empty folders, and imports the task model rejected, such as two
 * files with one name in a grouped task.
 */
export function addItems(items: readonly DroppedItem[], group: boolean): string[] {
  const problems = emptyFolders(items).map((name) => `The folder "${name}" contains no files, so nothing was added for it.`);
  const store = tasksStore.getState();

  for (const planned of planImports(items, group, store.tasks.map((task) => task.name))) {
    try {
      tasksStore.getState().addImportEntries(planned.entries, planned.name);
    } catch (error) {
      if (!(error instanceof TaskError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}
