/** The kind of inline preview the workspace can show for a file. */
export type MediaKind = 'image' | 'video' | 'audio' | 'json' | 'text' | 'other';

// Engine outputs arrive as Blobs without a MIME type, so the extension decides.
const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  avi: 'video/x-msvideo',
  ogv: 'video/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  flac: 'audio/flac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  json: 'application/json',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  srt: 'text/plain',
  vtt: 'text/vtt',
  xml: 'application/xml',
  html: 'text/html',
  md: 'text/markdown',
  ini: 'text/plain',
  yaml: 'text/yaml',
  yml: 'text/yaml',
};

// Formats Chromium decodes in <img>, <video> and <audio>. TIFF and AVI are
// absent because Chromium shows neither, so those files get a download link only.
const INLINE_IMAGE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'image/x-icon', 'image/svg+xml']);
const INLINE_VIDEO = new Set(['video/mp4', 'video/webm', 'video/ogg', 'video/quicktime', 'video/x-matroska']);
const INLINE_AUDIO = new Set(['audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/wav', 'audio/flac', 'audio/ogg']);

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot === -1 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** Returns the MIME type of a file: the browser's when it has one, else the one its extension implies, else "". */
export function mimeType(filename: string, blobType: string): string {
  if (blobType !== '') return blobType;
  return EXTENSION_TYPES[extensionOf(filename)] ?? '';
}

/** Returns how a file can be previewed inline. */
export function mediaKind(filename: string, blobType: string): MediaKind {
  const type = mimeType(filename, blobType);
  if (INLINE_IMAGE.has(type)) return 'image';
  if (INLINE_VIDEO.has(type)) return 'video';
  if (INLINE_AUDIO.has(type)) return 'audio';
  if (type === 'application/json') return 'json';
  if (type.startsWith('text/') || type === 'application/xml') return 'text';
  return 'other';
}
