/** Sample files bundled in public/samples/, so a first run needs no file of one's own. */
export const SAMPLES = [
  { label: 'Sample video', filename: 'sample.mp4', type: 'video/mp4', description: '5 s, 320×240 H.264 with AAC audio' },
  { label: 'Sample image', filename: 'sample.png', type: 'image/png', description: '320×240 PNG' },
] as const;

/** Fetches a bundled sample from the app's own origin and wraps it as a File. */
export async function loadSample(filename: string, type: string): Promise<File> {
  const response = await fetch(`${import.meta.env.BASE_URL}samples/${filename}`);
  if (!response.ok) throw new Error(`Loading the sample ${filename} failed with HTTP ${response.status}.`);
  return new File([await response.blob()], filename, { type });
}
