import type { EngineName } from './types';

/** An engine, the commands it runs and the versions it can load. */
export interface EngineInfo {
  readonly name: EngineName;
  readonly commands: readonly string[];
  /**
   * Versions the app can load. The app fills this in at run time, because the
   * version is read from the engine when it loads, never hard-coded.
   */
  readonly versions: readonly string[];
}

export const ENGINE_NAMES: readonly EngineName[] = ['ffmpeg', 'imagemagick', 'graphicsmagick'];

/**
 * Commands each engine runs. ImageMagick's list starts with CloudConvert's two
 * commands, convert and identify, and adds the other ImageMagick tools.
 */
export const ENGINE_COMMANDS: Readonly<Record<EngineName, readonly string[]>> = {
  ffmpeg: ['ffmpeg', 'ffprobe'],
  imagemagick: ['convert', 'identify', 'magick', 'mogrify', 'composite', 'montage', 'compare'],
  graphicsmagick: ['gm'],
};

export function isEngineName(value: unknown): value is EngineName {
  return typeof value === 'string' && (ENGINE_NAMES as readonly string[]).includes(value);
}

export function isEngineCommand(engine: EngineName, command: string): boolean {
  return ENGINE_COMMANDS[engine].includes(command);
}
