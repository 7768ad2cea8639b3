#!/usr/bin/env node
// `npx trienkhai <command>`: the operator's tools. Node 24 runs this TypeScript file directly.
import process from 'node:process';
import { runCli } from './cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
	env: process.env,
	cwd: process.cwd(),
	stdout: process.stdout,
	stderr: process.stderr
});
