import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LogLine } from '../runner/outcome';
import type { StoredFile } from '../runner/files';
import { payloadInputNames } from '../runner/schedule';
import { createCommandTask, createImportTask } from '../tasks/task';
import { nextTaskName, validateTaskName } from '../tasks/names';
import type { EngineName, Task } from '../tasks/types';

export interface TasksState {
  /** Every task of the session, in creation order. */
  readonly tasks: readonly Task[];
  /** Files of each task by task id: the imported files, or a command's outputs. */
  readonly files: Readonly<Record<string, readonly StoredFile[]>>;
  /** Console output of each command task by id, streamed while it runs. */
  readonly logs: Readonly<Record<string, readonly LogLine[]>>;
  /** Versions each engine reported when it loaded, for validating `engine_version`. */
  readonly versions: Readonly<Partial<Record<EngineName, readonly string[]>>>;

  addImportTask(files: readonly File[], name?: string): Task;
  addCommandTask(payload: unknown, name?: string): Task;
  replaceTask(task: Task): void;
  renameTask(id: string, name: string): void;
  setFiles(id: string, files: readonly StoredFile[]): void;
  appendLog(id: string, line: LogLine): void;
  recordVersion(engine: EngineName, version: string): void;
}

const names = (tasks: readonly Task[]): string[] => tasks.map((task) => task.name);

/** Creates the store; the app uses `tasksStore`, tests make their own. */
export function createTasksStore() {
  return createStore<TasksState>()((set, get) => ({
    tasks: [],
    files: {},
    logs: {},
    versions: {},

    addImportTask(files, name) {
      const taskName = name ?? nextTaskName('import', names(get().tasks));
      validateTaskName(taskName, names(get().tasks));
      const task = createImportTask(
        taskName,
        files.map((file) => ({ filename: file.name, size: file.size })),
      );
      const stored = files.map((file) => ({ filename: file.name, data: file }));
      set((state) => ({ tasks: [...state.tasks, task], files: { ...state.files, [task.id]: stored } }));
      return task;
    },

    addCommandTask(payload, name) {
      const { tasks } = get();
      const taskName = name ?? nextTaskName('command', names(tasks));
      validateTaskName(taskName, names(tasks));
      // depends_on_tasks maps each named input to its id; validation reports unknown names later.
      const dependsOn: Record<string, string> = {};
      for (const inputName of payloadInputNames(payload)) {
        const input = tasks.find((task) => task.name === inputName);
        if (input !== undefined) dependsOn[inputName] = input.id;
      }
      const task = createCommandTask(taskName, payload, dependsOn);
      set((state) => ({ tasks: [...state.tasks, task], logs: { ...state.logs, [task.id]: [] } }));
      return task;
    },

    replaceTask(task) {
      set((state) => ({ tasks: state.tasks.map((existing) => (existing.id === task.id ? task : existing)) }));
    },

    renameTask(id, name) {
      const others = get().tasks.filter((task) => task.id !== id);
      validateTaskName(name, names(others));
      set((state) => ({ tasks: state.tasks.map((task) => (task.id === id ? { ...task, name } : task)) }));
    },

    setFiles(id, files) {
      set((state) => ({ files: { ...state.files, [id]: files } }));
    },

    appendLog(id, line) {
      set((state) => ({ logs: { ...state.logs, [id]: [...(state.logs[id] ?? []), line] } }));
    },

    recordVersion(engine, version) {
      const known = get().versions[engine] ?? [];
      if (known.includes(version)) return;
      set((state) => ({ versions: { ...state.versions, [engine]: [...known, version] } }));
    },
  }));
}

export type TasksStore = ReturnType<typeof createTasksStore>;

export const tasksStore = createTasksStore();

/** Reads a slice of the app's task store in a React component. */
export function useTasks<T>(selector: (state: TasksState) => T): T {
  return useStore(tasksStore, selector);
}
