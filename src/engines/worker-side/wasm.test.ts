import { describe, expect, it } from 'vitest';
import { createWithWasm } from './wasm';

// A minimal module that imports one function, env.f, and exports nothing.
const IMPORTING_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66,
  0x00, 0x00,
]);

/** Stands in for an emscripten factory: resolves only after the hook hands over an instance. */
function fakeFactory(imports: WebAssembly.Imports) {
  return (instantiateWasm: Parameters<Parameters<typeof createWithWasm>[1]>[0]) =>
    new Promise<WebAssembly.Instance>((resolve) => {
      instantiateWasm(imports, (instance) => resolve(instance));
    });
}

describe('createWithWasm', () => {
  it('resolves with the instance the hook received', async () => {
    const wasm = await WebAssembly.compile(IMPORTING_MODULE);
    const instance = await createWithWasm(wasm, fakeFactory({ env: { f: () => undefined } }));
    expect(instance).toBeInstanceOf(WebAssembly.Instance);
  });

  it('rejects when an import is missing', async () => {
    const wasm = await WebAssembly.compile(IMPORTING_MODULE);
    await expect(createWithWasm(wasm, fakeFactory({}))).rejects.toThrow(TypeError);
  });
});
