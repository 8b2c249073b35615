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

/** Counts the frames of a GIF by its image descriptors that follow a graphic control extension. */
export function countGifFrames(bytes: Uint8Array): number {
  let frames = 0;
  for (let index = 0; index + 8 < bytes.length; index += 1) {
    // 21 F9 04 <4 bytes> 00 2C: a graphic control extension block followed by an image descriptor.
    if (bytes[index] === 0x21 && bytes[index + 1] === 0xf9 && bytes[index + 2] === 0x04 && bytes[index + 7] === 0x00 && bytes[index + 8] === 0x2c) frames += 1;
  }
  return frames;
}

/** Tells whether a WebP file is animated: a RIFF/WEBP file with an ANIM chunk. */
export function isAnimatedWebp(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP' && text.includes('ANIM');
}
