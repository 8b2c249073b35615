import { describe, expect, it } from 'vitest';
import { commandFailure, crashFailure, joinOutput, lastErrorLine, type LogLine } from './outcome';

const err = (text: string): LogLine => ({ stream: 'stderr', text });
const out = (text: string): LogLine => ({ stream: 'stdout', text });

describe('lastErrorLine', () => {
  it('takes the last stderr line', () => {
    expect(lastErrorLine([err('Input #0'), err("Unknown encoder 'x'"), out('{}')])).toBe("Unknown encoder 'x'");
  });

  it('skips ffmpeg status lines', () => {
    expect(lastErrorLine([err('Conversion failed!'), err('frame=   10 fps=0.0 q=0.0 size=0kB time=00:00:01.00 bitrate=0')])).toBe('Conversion failed!');
  });

  it('skips blank lines', () => {
    expect(lastErrorLine([err('real error'), err('   ')])).toBe('real error');
  });

  it('puts the cause before an ffmpeg summary line', () => {
    expect(lastErrorLine([err("Unrecognized option 'prset'."), err('Error splitting the argument list: Option not found')])).toBe(
      "Unrecognized option 'prset'. Error splitting the argument list: Option not found",
    );
  });

  it('keeps a summary line without an earlier line', () => {
    expect(lastErrorLine([err('Conversion failed!')])).toBe('Conversion failed!');
  });

  it('is null without stderr', () => {
    expect(lastErrorLine([out('x')])).toBeNull();
  });
});

describe('commandFailure', () => {
  it('names the exit code and the line', () => {
    expect(commandFailure('ffmpeg', 1, [err("Unknown encoder 'x'")]).message).toBe("ffmpeg exited with code 1: Unknown encoder 'x'");
  });

  it('uses COMMAND_FAILED', () => {
    expect(commandFailure('gm', 1, []).code).toBe('COMMAND_FAILED');
  });

  it('says when nothing was printed', () => {
    expect(commandFailure('gm', 2, []).message).toBe('gm exited with code 2 and printed no error message.');
  });
});

describe('joinOutput', () => {
  it('keeps the order of both streams', () => {
    expect(joinOutput([err('a'), out('b'), err('c')])).toBe('a\nb\nc\n');
  });
});

describe('crashFailure', () => {
  it('uses ENGINE_CRASHED', () => {
    expect(crashFailure('ffmpeg', 'RuntimeError: unreachable').code).toBe('ENGINE_CRASHED');
  });

  it('quotes the report', () => {
    expect(crashFailure('magick', 'RuntimeError: unreachable').message).toBe('The magick engine crashed: RuntimeError: unreachable.');
  });

  it('names a known crashing encoder', () => {
    expect(crashFailure('ffmpeg', 'RuntimeError: memory access out of bounds', ['-c:v', 'libvpx-vp9', 'out.webm']).message).toContain('Use -c:v libvpx (VP8)');
  });

  it('does not double the final period', () => {
    expect(crashFailure('ffmpeg', 'Aborted.').message).toBe('The ffmpeg engine crashed: Aborted.');
  });
});
