import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LogLine } from '../runner/outcome';
import type { StoredFile } from '../runner/files';
import { payloadInputNames } from '../runner/schedule';
import { createCommandTask, createImportTask } from '../tasks/task';
import { createUrlImportTask } from '../tasks/url-import';
import { nextTaskName, validateTaskName } from '../tasks/names';
import type { EngineName, Task } from '../tasks/types';

/** A file to import, with its sub-folder inside the task's folder when it came from a dropped folder. */
export interface ImportEntry {
  readonly file: File;
  readonly dir?: string;
}

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
  addImportEntries(entries: readonly ImportEntry[], name?: string): Task;
  /** Adds a processing import/url task; the caller fetches the file and finishes or fails it. */
  addUrlImportTask(url: string, name?: string): Task;
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
      return get().addImportEntries(
        files.map((file) => ({ file })),
        name,
      );
    },

    addImportEntries(entries, name) {
      const taskName = name ?? nextTaskName('import', names(get().tasks));
      validateTaskName(taskName, names(get().tasks));
      const task = createImportTask(
        taskName,
        entries.map(({ file, dir }) => ({ filename: file.name, size: file.size, ...(dir === undefined ? {} : { dir }) })),
      );
      const stored = entries.map(({ file, dir }) => ({ filename: file.name, data: file, ...(dir === undefined ? {} : { dir }) }));
      set((state) => ({ tasks: [...state.tasks, task], files: { ...state.files, [task.id]: stored } }));
      return task;
    },

    addUrlImportTask(url, name) {
      const taskName = name ?? nextTaskName('import', names(get().tasks));
      validateTaskName(taskName, names(get().tasks));
      const task = createUrlImportTask(taskName, url);
      set((state) => ({ tasks: [...state.tasks, task] }));
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
