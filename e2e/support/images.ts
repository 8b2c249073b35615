import { imageSize } from 'image-size';

/** Image formats of the conversion matrix: file extension and the type image-size reports. */
export const IMAGE_FORMATS = [
  { extension: 'png', type: 'png' },
  { extension: 'jpg', type: 'jpg' },
  { extension: 'webp', type: 'webp' },
  { extension: 'tif', type: 'tiff' },
  { extension: 'gif', type: 'gif' },
  { extension: 'bmp', type: 'bmp' },
] as const;

export interface DecodedImage {
  readonly type: string;
  readonly width: number;
  readonly height: number;
}

/** Reads the format and dimensions from an image file's header. */
export function decodeImage(bytes: Uint8Array): DecodedImage {
  const size = imageSize(bytes);
  return { type: size.type ?? 'unknown', width: size.width, height: size.height };
}

/** Skips a chain of GIF data sub-blocks starting at `offset` and returns the offset after it. */
function skipSubBlocks(bytes: Uint8Array, offset: number): number {
  let position = offset;
  while (position < bytes.length && bytes[position] !== 0) position += (bytes[position] ?? 0) + 1;
  return position + 1;
}

/** Counts the frames of a GIF by walking its blocks and counting image descriptors. */
export function countGifFrames(bytes: Uint8Array): number {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 6));
  if (header !== 'GIF87a' && header !== 'GIF89a') throw new Error(`Not a GIF file: header "${header}".`);
  const flags = bytes[10] ?? 0;
  // The global colour table follows the 13-byte header when bit 7 is set.
  let position = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let frames = 0;

  while (position < bytes.length) {
    const introducer = bytes[position];
    if (introducer === 0x3b) return frames;
    if (introducer === 0x21) {
      position = skipSubBlocks(bytes, position + 2);
    } else if (introducer === 0x2c) {
      frames += 1;
      const localFlags = bytes[position + 9] ?? 0;
      position += 10 + (localFlags & 0x80 ? 3 * 2 ** ((localFlags & 0x07) + 1) : 0);
      // One byte of LZW minimum code size, then the image data sub-blocks.
      position = skipSubBlocks(bytes, position + 1);
    } else {
      throw new Error(`Invalid GIF block introducer 0x${(introducer ?? 0).toString(16)} at offset ${position}.`);
    }
  }
  throw new Error('GIF file ends without a trailer.');
}

/** Tells whether a WebP file is animated: a RIFF/WEBP file with an ANIM chunk. */
export function isAnimatedWebp(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP' && text.includes('ANIM');
}
