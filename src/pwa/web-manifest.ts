import type { ManifestOptions } from 'vite-plugin-pwa';
import { SHARE_TARGET_FIELD, SHARE_TARGET_PATH } from './shared-files';

/** File extensions the installed app offers to open, by MIME type. The engines read far more; these are the common ones. */
const OPENED_TYPES: Record<string, string[]> = {
  'video/*': ['.mp4', '.m4v', '.mov', '.mkv', '.webm', '.avi', '.flv', '.wmv', '.mpg', '.mpeg', '.ts', '.3gp', '.ogv'],
  'audio/*': ['.mp3', '.m4a', '.aac', '.wav', '.flac', '.ogg', '.oga', '.opus', '.wma', '.aif', '.aiff'],
  'image/*': ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.svg', '.ico', '.avif', '.heic', '.psd'],
};

/**
 * The web app manifest. Relative URLs resolve against the manifest's own URL,
 * which sits at the app's base, so the app works under any base path.
 */
export const WEB_MANIFEST: Partial<ManifestOptions> = {
  name: 'Transmute',
  short_name: 'Transmute',
  description: 'Run ffmpeg, ffprobe, ImageMagick and GraphicsMagick command lines on your own files, offline, without uploading them.',
  lang: 'en',
  start_url: './',
  scope: './',
  id: './',
  display: 'standalone',
  // The accent and background colors of the light theme in src/ui/global.css.
  theme_color: '#2454d6',
  background_color: '#f7f7f8',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  file_handlers: [{ action: './', accept: OPENED_TYPES }],
  // Files opened while the app is open go to that window's launch queue, so
  // its tasks are kept. A new window would start an empty session.
  launch_handler: { client_mode: ['focus-existing', 'auto'] },
  share_target: {
    action: SHARE_TARGET_PATH,
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { files: [{ name: SHARE_TARGET_FIELD, accept: ['video/*', 'audio/*', 'image/*'] }] },
  },
};
