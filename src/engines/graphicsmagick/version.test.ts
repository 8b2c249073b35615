import { describe, expect, it } from 'vitest';
import { parseGraphicsMagickVersion } from './version';

describe('parseGraphicsMagickVersion', () => {
  it('reads the first line', () => {
    expect(parseGraphicsMagickVersion('GraphicsMagick 1.3.40 2022-12-24 Q16 http://www.GraphicsMagick.org/')).toBe('1.3.40');
  });

  it('returns null for other text', () => {
    expect(parseGraphicsMagickVersion('gm: unknown command')).toBeNull();
  });
});
