/**
 * Reads the few MP4 (ISO BMFF) facts the tests check, straight from the box
 * structure: the brand, the movie duration and each track's handler and size.
 */

interface Box {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Offset of the box's payload. */
  readonly body: number;
}

const CONTAINER_BOXES = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);

function readBoxes(view: DataView, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + offset + 4, 4));
    let body = offset + 8;
    if (size === 1) {
      size = Number(view.getBigUint64(offset + 8));
      body = offset + 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < 8) throw new Error(`Invalid MP4 box "${type}" of size ${size} at offset ${offset}.`);
    boxes.push({ type, start: offset, end: offset + size, body });
    offset += size;
  }
  return boxes;
}

function findAll(view: DataView, boxes: readonly Box[], path: readonly string[]): Box[] {
  const [head, ...rest] = path;
  const matches = boxes.filter((box) => box.type === head);
  if (rest.length === 0) return matches;
  return matches.flatMap((box) => (CONTAINER_BOXES.has(box.type) ? findAll(view, readBoxes(view, box.body, box.end), rest) : []));
}

export interface Mp4Track {
  /** Handler type: `vide` for video, `soun` for audio. */
  readonly handler: string;
  readonly width: number;
  readonly height: number;
}

export interface Mp4Info {
  readonly majorBrand: string;
  /** Movie duration in seconds, from `mvhd`. */
  readonly durationSeconds: number;
  readonly tracks: readonly Mp4Track[];
}

export function readMp4(bytes: Uint8Array): Mp4Info {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = readBoxes(view, 0, bytes.byteLength);
  const ftyp = top.find((box) => box.type === 'ftyp');
  if (ftyp === undefined) throw new Error('Not an MP4 file: no ftyp box.');
  const majorBrand = String.fromCharCode(...bytes.subarray(ftyp.body, ftyp.body + 4));

  const mvhd = findAll(view, top, ['moov', 'mvhd'])[0];
  if (mvhd === undefined) throw new Error('MP4 file has no moov/mvhd box.');
  const version = view.getUint8(mvhd.body);
  const timescale = view.getUint32(mvhd.body + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(view.getBigUint64(mvhd.body + 24)) : view.getUint32(mvhd.body + 16);

  const tracks = findAll(view, top, ['moov', 'trak']).map((trak) => {
    const children = readBoxes(view, trak.body, trak.end);
    const tkhd = children.find((box) => box.type === 'tkhd');
    const hdlr = findAll(view, children, ['mdia', 'hdlr'])[0];
    // tkhd ends with width and height as 16.16 fixed point.
    const width = tkhd === undefined ? 0 : view.getUint32(tkhd.end - 8) / 65536;
    const height = tkhd === undefined ? 0 : view.getUint32(tkhd.end - 4) / 65536;
    const handler = hdlr === undefined ? '' : String.fromCharCode(...bytes.subarray(hdlr.body + 8, hdlr.body + 12));
    return { handler, width, height };
  });

  return { majorBrand, durationSeconds: duration / timescale, tracks };
}
