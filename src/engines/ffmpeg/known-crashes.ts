/** An ffmpeg encoder that aborts with "memory access out of bounds" in @ffmpeg/core 0.12.10. */
export interface CrashingEncoder {
  readonly encoder: string;
  /** True when it crashed on every input tried, so the editor warns before a run. */
  readonly always: boolean;
  /** Advice on what to use instead, shown in the crash message. */
  readonly advice: string;
}

export const CRASHING_ENCODERS: readonly CrashingEncoder[] = [
  { encoder: 'libvpx-vp9', always: true, advice: 'libvpx-vp9 crashes in this ffmpeg build (@ffmpeg/core 0.12.10). Use -c:v libvpx (VP8) for WebM.' },
  {
    encoder: 'mjpeg',
    always: false,
    advice: 'The mjpeg encoder crashes in this ffmpeg build (@ffmpeg/core 0.12.10) on multi-frame and -q:v 2 encodes. Write PNG frames, or JPEG with ImageMagick.',
  },
];
