/** The engines a command task can run. */
export type EngineName = 'ffmpeg' | 'imagemagick' | 'graphicsmagick';

/** Task status. A task only moves forward: waiting, processing, then finished or error. */
export type TaskStatus = 'waiting' | 'processing' | 'finished' | 'error';

/** Error codes a task can end with, as in CloudConvert's API v2. */
export type ErrorCode =
  | 'INVALID_DATA'
  | 'INPUT_TASK_FAILED'
  | 'COMMAND_FAILED'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'ENGINE_CRASHED';

/** Operations a task can have: command tasks run a program, import tasks hold the user's files. */
export type TaskOperation = 'command' | 'import/upload' | 'import/url';

/** Payload of a command task, with the field names of CloudConvert's command task. */
export interface CommandPayload {
  readonly operation: 'command';
  /** Names of earlier tasks whose files the command reads. */
  readonly input?: string | readonly string[];
  readonly engine: EngineName;
  readonly engine_version?: string;
  readonly command: string;
  /** One shell-style string, split by `splitArguments`. */
  readonly arguments: string;
  readonly capture_output?: boolean;
  /** Limit in seconds. */
  readonly timeout?: number;
}

/** A command payload after validation, with every default filled in. */
export interface ValidPayload extends Omit<CommandPayload, 'input' | 'capture_output' | 'timeout'> {
  readonly input: readonly string[];
  readonly capture_output: boolean;
  /** Limit in seconds. */
  readonly timeout: number;
}

/** A file a task produced or imported. */
export interface ResultFile {
  readonly filename: string;
  /** Size in bytes. */
  readonly size: number;
  /** Sub-folder under /output, such as "frames" or "a/b". Absent for top-level files. */
  readonly dir?: string;
}

export interface TaskResult {
  readonly files: readonly ResultFile[];
  /** Console output, present when the payload set capture_output. */
  readonly output?: string;
}

/** A task object with the fields and field names of CloudConvert's API v2 `data` object. */
export interface Task {
  /** UUID v4. */
  readonly id: string;
  readonly name: string;
  readonly operation: TaskOperation;
  readonly status: TaskStatus;
  readonly message: string | null;
  readonly code: ErrorCode | null;
  /** Integer from 0 to 100. */
  readonly percent: number;
  /** ISO 8601 with second precision and +00:00, as `isoNow` writes it. */
  readonly created_at: string;
  readonly started_at: string | null;
  readonly ended_at: string | null;
  /** Task name to task id, for every task named in `input`. */
  readonly depends_on_tasks: Readonly<Record<string, string>>;
  /** Null for import tasks, and for a command task whose payload names no known engine. */
  readonly engine: EngineName | null;
  /** Version the engine reported when it loaded. Null until the task starts. */
  readonly engine_version: string | null;
  /** The payload exactly as given, even when it is invalid. */
  readonly payload: unknown;
  readonly result: TaskResult | null;
}
