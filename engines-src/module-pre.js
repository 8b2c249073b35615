// Prepended (emcc --pre-js) to both engines' factory functions.
//
// Emscripten 3.1.6 emits ES6 modules whose Node.js code path still uses the
// CommonJS globals __dirname and require, which do not exist in ES module
// scope, so loading magick.js or gm.js under Node failed. The shim below
// defines both for Node only (process.getBuiltinModule needs Node >= 20.16)
// and resolves the .wasm next to the .js file unless the caller passes
// locateFile. Browsers and workers skip it.
if (typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string') {
  var __dirname = decodeURIComponent(new URL('.', _scriptDir).pathname).replace(/\/$/, '');
  var require = (name) => process.getBuiltinModule(name);
  Module['locateFile'] = Module['locateFile'] || ((path, prefix) => prefix + path);
}

// When the program exits, throw ExitStatus instead of ending the Node.js
// process (Emscripten's Node default). callMain catches it and returns the
// exit code, which is already the behavior in browsers and workers.
Module['quit'] = Module['quit'] || ((status, toThrow) => { throw toThrow; });
