export type {
  CommandPayload,
  EngineName,
  ErrorCode,
  ResultFile,
  Task,
  TaskOperation,
  TaskResult,
  TaskStatus,
  ValidPayload,
} from './types';
export { TaskError, TaskStatusError } from './errors';
export { ENGINE_COMMANDS, ENGINE_NAMES, isEngineCommand, isEngineName } from './engines';
export type { EngineInfo } from './engines';
export { isoNow } from './time';
export { isValidTaskName, nextTaskName, validateTaskName } from './names';
export type { TaskNamePrefix } from './names';
export { globToRegExp, isGlobPattern, matchGlob } from './glob';
export { splitArguments } from './split';
export type { GlobExpander } from './split';
export { inputNamesFromArguments, normalizeInput } from './inputs';
export { DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS, validatePayload } from './validate';
export type { ValidationContext } from './validate';
export { createCommandTask, createImportTask, failTask, finishTask, setProgress, startTask } from './task';
export type { ImportedFile } from './task';
export { createUrlImportTask } from './url-import';
export { copyTaskResult, taskToData, taskToJSON } from './json';
