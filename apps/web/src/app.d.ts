import type { SessionUser } from '@trienkhai/db';
import type { WebRuntime } from '#lib/server/runtime.ts';

declare global {
	namespace App {
		interface Locals {
			runtime: WebRuntime;
			/** The signed-in user (hooks.server.ts), or null. */
			user: SessionUser | null;
		}
	}
}

export {};
