/** Returns the version from `magick -version`, whose first line is like "Version: ImageMagick 7.1.1-43 Q16-HDRI ...". */
export function parseImageMagickVersion(output: string): string | null {
  return /ImageMagick (\d+\.\d+\.\d+(?:-\d+)?)/.exec(output)?.[1] ?? null;
}
