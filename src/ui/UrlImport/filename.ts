const FALLBACK_FILENAME = 'download';

/** Makes a name safe as one path component of /input/<task>/, keeping it readable. */
function safeFilename(name: string): string {
  const cleaned = name.replace(/[/\\]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? FALLBACK_FILENAME : cleaned;
}

/** Reads `filename*=UTF-8''...` or `filename="..."` from a Content-Disposition header, or null. */
function dispositionFilename(header: string | null): string | null {
  if (header === null) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape falls through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain?.[2] ?? plain?.[1]?.trim() ?? null;
}

/**
 * Returns the filename for a fetched URL: the server's Content-Disposition
 * name when it sent one, else the last segment of the URL's path, else
 * "download".
 */
export function filenameFor(url: string, contentDisposition: string | null): string {
  const fromHeader = dispositionFilename(contentDisposition);
  if (fromHeader !== null && fromHeader !== '') return safeFilename(fromHeader);

  const lastSegment = new URL(url).pathname.split('/').at(-1) ?? '';
  try {
    return safeFilename(decodeURIComponent(lastSegment));
  } catch {
    return safeFilename(lastSegment);
  }
}
