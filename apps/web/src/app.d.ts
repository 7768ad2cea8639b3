import type { WebRuntime } from '#lib/server/runtime.ts';

declare global {
	namespace App {
		interface Locals {
			runtime: WebRuntime;
			/** The signed-in user, or null. */
			user: {
				id: string;
				username: string;
				displayName: string;
				unitId: string;
				unitName: string;
				isAdmin: boolean;
			} | null;
		}
	}
}

export {};
