import type { Task } from '../../tasks/types';

/** Seconds since the task started, up to its end or to `nowMs`; null before it starts. */
export function elapsedSeconds(task: Task, nowMs: number): number | null {
  if (task.started_at === null) return null;
  const endMs = task.ended_at === null ? nowMs : Date.parse(task.ended_at);
  return Math.max(0, (endMs - Date.parse(task.started_at)) / 1000);
}

/**
 * Estimates the seconds left of a running ffmpeg task from its percent and
 * elapsed time, assuming the rest runs at the speed so far. Returns null when
 * there is nothing to base it on: another engine, no progress yet, or a task
 * that is not running.
 */
export function remainingSeconds(task: Task, nowMs: number): number | null {
  if (task.status !== 'processing' || task.engine !== 'ffmpeg' || task.percent <= 0 || task.percent >= 100) return null;
  const elapsed = elapsedSeconds(task, nowMs);
  if (elapsed === null || elapsed <= 0) return null;
  return (elapsed * (100 - task.percent)) / task.percent;
}
