#!/usr/bin/env node
// The CLI runs from the compiled dist/; tsx is registered only to load the user's own .ts modules, with
// both of its hooks (in a "type": "commonjs" project tsx compiles a .ts module to CommonJS).
import { main, processIo } from '../dist/cli/main.js';

const registerTypeScript = async () => {
  // The package root loads first, so its modules do not go through tsx's hooks (slower) and the user's
  // `import 'tiphys'` finds it loaded. The command loads after: tsx gives a CommonJS .ts module its named
  // exports only when the module importing it was itself loaded through tsx's hooks.
  await import('../dist/index.js');
  const [cjs, esm] = await Promise.all([import('tsx/cjs/api'), import('tsx/esm/api')]);
  cjs.register();
  esm.register();
};

process.exitCode = await main(process.argv.slice(2), processIo(), { beforeUserModules: registerTypeScript });
