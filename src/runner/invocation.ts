import type { EngineName } from '../tasks/types';

/** The argv an engine worker runs, after the task's command is mapped to the engine's program. */
export interface Invocation {
  /** Program name the worker dispatches on: ffmpeg, ffprobe, magick or gm. */
  readonly program: string;
  /** argv without the program name. */
  readonly args: readonly string[];
}

/**
 * Maps a task's command and split arguments to the engine's program.
 * ImageMagick 7 ships one `magick` binary, so `convert in.png out.webp` runs as
 * `magick convert in.png out.webp`, as on a native install. A leading `magick`
 * in the arguments of the `magick` command, or `gm` in those of `gm`, is
 * dropped, so people can paste a full command line.
 */
export function toInvocation(engine: EngineName, command: string, args: readonly string[]): Invocation {
  switch (engine) {
    case 'ffmpeg':
      return { program: command, args: args[0] === command ? args.slice(1) : args };
    case 'imagemagick':
      if (command === 'magick') return { program: 'magick', args: args[0] === 'magick' ? args.slice(1) : args };
      return { program: 'magick', args: [command, ...(args[0] === command ? args.slice(1) : args)] };
    case 'graphicsmagick':
      return { program: 'gm', args: args[0] === 'gm' ? args.slice(1) : args };
    default: {
      const unknown: never = engine;
      throw new Error(`Unknown engine ${String(unknown)}`);
    }
  }
}
