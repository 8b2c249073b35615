import { describe, expect, it } from 'vitest';
import { editorFieldsFromPayload, editorPayload, editorStore } from './editor';

describe('editorFieldsFromPayload', () => {
  const payload = {
    operation: 'command',
    input: ['import-1', 'import-2'],
    engine: 'imagemagick',
    command: 'convert',
    arguments: '/input/import-1/a.png /input/import-2/b.png +append /output/ab.png',
    capture_output: true,
    timeout: 60,
  };

  it('copies every field', () => {
    expect(editorFieldsFromPayload(payload)).toEqual({
      engine: 'imagemagick',
      command: 'convert',
      arguments: payload.arguments,
      input: 'import-1, import-2',
      inputEdited: false,
      timeout: '60',
      captureOutput: true,
    });
  });

  it('marks an input the arguments do not name as edited', () => {
    expect(editorFieldsFromPayload({ ...payload, input: 'import-3' }).inputEdited).toBe(true);
  });

  it('falls back for an unknown engine', () => {
    expect(editorFieldsFromPayload({ ...payload, engine: 'sox' })).toMatchObject({ engine: 'ffmpeg', command: 'ffmpeg' });
  });

  it('drops a command the engine lacks', () => {
    expect(editorFieldsFromPayload({ ...payload, command: 'ffprobe' }).command).toBe('convert');
  });

  it('reads a payload that is not an object', () => {
    expect(editorFieldsFromPayload('nonsense')).toMatchObject({ engine: 'ffmpeg', arguments: '', captureOutput: false });
  });

  it('round-trips through editorPayload', () => {
    editorStore.getState().loadPayload(payload);
    expect(editorPayload(editorStore.getState())).toEqual(payload);
  });
});
