import type { WebRuntime } from '#lib/server/runtime.ts';

declare global {
	namespace App {
		interface Locals {
			runtime: WebRuntime;
		}
	}
}

export {};
