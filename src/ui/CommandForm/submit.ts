import { editorPayload, editorStore } from '../../store/editor';
import { tasksStore } from '../../store/tasks';
import type { Task } from '../../tasks/types';

/** Creates a command task from the editor's fields; the queue picks it up. */
export function submitEditor(): Task {
  return tasksStore.getState().addCommandTask(editorPayload(editorStore.getState()));
}
