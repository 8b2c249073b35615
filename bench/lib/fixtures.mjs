import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FFMPEG = '/usr/bin/ffmpeg';

/**
 * The generated inputs. The clip is 20 s, so that the encode takes seconds
 * natively. The image is a full-HD frame with noise added, so that PNG,
 * JPEG and WebP have detail to compress.
 */
const GENERATORS = {
  'clip.mp4': {
    description: '20 s, 640x360, 30 fps testsrc2 video (H.264) with a 440 Hz tone (AAC, 128 kb/s)',
    args: [
      '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30',
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-t', '20', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '128k',
    ],
    fallback: 'sample.mp4',
  },
  'image.png': {
    description: '1920x1080 testsrc2 frame with uniform noise (noise=alls=12), RGB PNG',
    args: ['-f', 'lavfi', '-i', 'testsrc2=size=1920x1080', '-vf', 'noise=alls=12:allf=u', '-frames:v', '1'],
    fallback: 'sample.png',
  },
};

/**
 * Creates a temporary folder with clip.mp4 and image.png, made with native
 * ffmpeg. Without /usr/bin/ffmpeg the app's samples are copied in their
 * place, and `notes` records that. Returns the folder and a description per file.
 */
export async function createFixtures(samplesDir) {
  const dir = await mkdtemp(path.join(tmpdir(), 'transmute-bench-'));
  const files = {};
  const notes = [];

  for (const [name, generator] of Object.entries(GENERATORS)) {
    const target = path.join(dir, name);
    const result = spawnSync(FFMPEG, ['-v', 'error', ...generator.args, target], { encoding: 'utf8' });
    if (result.status === 0) {
      files[name] = generator.description;
      continue;
    }
    const reason = result.error ? result.error.message : result.stderr.trim();
    await copyFile(path.join(samplesDir, generator.fallback), target);
    files[name] = `copy of public/samples/${generator.fallback}`;
    notes.push(`${name}: could not generate it with ${FFMPEG} (${reason}), used public/samples/${generator.fallback}`);
  }
  return { dir, files, notes };
}
