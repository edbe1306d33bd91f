#!/usr/bin/env node
// Registers tsx so that both the CLI and the user's workflow modules load as TypeScript, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
