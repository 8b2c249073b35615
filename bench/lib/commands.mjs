// The commands the benchmark times. Each one runs with the same arguments
// natively and in the app; only the paths differ. `input(name)` and
// `output(name)` mark the tokens that become a file path: a file in the
// fixture folder or the app's /input/import-1/, and a file in a fresh output
// folder or the app's /output/.

export const input = (name) => ({ input: name });
export const output = (name) => ({ output: name });

/**
 * Engines in the order they run. `label` is the option text of the app's
 * Engine menu, `fixture` the file added through "Add files" as import-1.
 * `nativeCheck` is a program and arguments whose output must contain
 * `nativeMarker`, so a look-alike binary is never timed.
 */
export const ENGINES = [
  {
    name: 'ffmpeg',
    label: 'ffmpeg',
    fixture: 'clip.mp4',
    nativeCheck: ['/usr/bin/ffmpeg', ['-hide_banner', '-version']],
    nativeMarker: 'ffmpeg version',
  },
  {
    name: 'imagemagick',
    label: 'ImageMagick',
    fixture: 'image.png',
    // Debian's imagemagick package installs convert here. A convert found
    // earlier on PATH can be another program, so only this path is used.
    nativeCheck: ['/usr/bin/convert', ['-version']],
    nativeMarker: 'ImageMagick',
  },
  {
    name: 'graphicsmagick',
    label: 'GraphicsMagick',
    fixture: 'image.png',
    nativeCheck: ['/usr/bin/gm', ['version']],
    nativeMarker: 'GraphicsMagick',
  },
];

/** The native binary behind each app command. */
export const NATIVE_PROGRAMS = {
  ffmpeg: '/usr/bin/ffmpeg',
  ffprobe: '/usr/bin/ffprobe',
  convert: '/usr/bin/convert',
  gm: '/usr/bin/gm',
};

/**
 * Arguments of the four image commands. Both ImageMagick's `convert` and
 * GraphicsMagick's `gm convert` take them as they are.
 */
const IMAGE_OPERATIONS = [
  { id: 'resize', title: 'resize 50% (PNG)', args: [input('image.png'), '-resize', '50%', output('resize.png')] },
  { id: 'blur', title: 'blur 0x4 (PNG)', args: [input('image.png'), '-blur', '0x4', output('blur.png')] },
  { id: 'png-to-jpeg', title: 'PNG to JPEG, quality 85', args: [input('image.png'), '-quality', '85', output('image.jpg')] },
  { id: 'png-to-webp', title: 'PNG to WebP, quality 80', args: [input('image.png'), '-quality', '80', output('image.webp')] },
];

/**
 * The command that loads an engine and does no work, per engine. Its time in
 * the app is the fixed cost of a task: worker start, engine load, and
 * showing the result.
 */
export const EMPTY_COMMANDS = {
  ffmpeg: { id: 'empty', title: 'ffmpeg -version', command: 'ffmpeg', args: ['-version'] },
  imagemagick: { id: 'empty', title: 'convert -version', command: 'convert', args: ['-version'] },
  graphicsmagick: { id: 'empty', title: 'gm version', command: 'gm', args: ['version'] },
};

/** The timed commands, per engine. */
export const COMMANDS = {
  ffmpeg: [
    {
      id: 'h264-encode',
      title: 'H.264 encode (libx264 medium, CRF 23)',
      command: 'ffmpeg',
      args: ['-i', input('clip.mp4'), '-c:v', 'libx264', '-preset', 'medium', '-crf', '23', '-c:a', 'copy', output('h264.mp4')],
    },
    {
      id: 'remux',
      title: 'remux MP4 to MKV (-c copy)',
      command: 'ffmpeg',
      args: ['-i', input('clip.mp4'), '-c', 'copy', output('remux.mkv')],
    },
    {
      id: 'audio-mp3',
      title: 'audio to MP3 (-vn, libmp3lame)',
      command: 'ffmpeg',
      args: ['-i', input('clip.mp4'), '-vn', '-c:a', 'libmp3lame', '-q:a', '4', output('audio.mp3')],
    },
    {
      id: 'probe',
      title: 'ffprobe -show_format -show_streams',
      command: 'ffprobe',
      args: ['-v', 'error', '-show_format', '-show_streams', input('clip.mp4')],
    },
  ],
  imagemagick: IMAGE_OPERATIONS.map((operation) => ({ ...operation, command: 'convert', args: operation.args })),
  graphicsmagick: IMAGE_OPERATIONS.map((operation) => ({ ...operation, command: 'gm', args: ['convert', ...operation.args] })),
};

/** Returns native argv for `args`, with inputs in `fixtureDir` and outputs in `outputDir`. */
export function nativeArgs(args, fixtureDir, outputDir) {
  return args.map((token) => {
    if (typeof token === 'string') return token;
    if ('input' in token) return `${fixtureDir}/${token.input}`;
    return `${outputDir}/${token.output}`;
  });
}

/** Returns the text for the app's Arguments field, with the input at /input/import-1/. */
export function appArguments(args) {
  return args
    .map((token) => {
      if (typeof token !== 'string') return 'input' in token ? `/input/import-1/${token.input}` : `/output/${token.output}`;
      // The app splits arguments like a POSIX shell, so quote anything unusual.
      return /^[\w./%:=,+-]+$/.test(token) ? token : `'${token.replaceAll("'", "'\\''")}'`;
    })
    .join(' ');
}

/** Returns the command line as the app runs it, for the report. */
export function appCommandLine(command, args) {
  return `${command} ${appArguments(args)}`;
}
