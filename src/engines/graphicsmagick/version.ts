/** Returns the version from `gm version`, whose first line is like "GraphicsMagick 1.3.40 2022-12-24 Q16 ...". */
export function parseGraphicsMagickVersion(output: string): string | null {
  return /GraphicsMagick (\d+\.\d+(?:\.\d+)*)/.exec(output)?.[1] ?? null;
}
