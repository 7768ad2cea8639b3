import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure, *.spec.ts) and `int` (database or sockets, *.int.spec.ts).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['packages/*/src/**/*.spec.ts', 'apps/*/src/**/*.spec.ts', 'apps/web/server/**/*.spec.ts'],
					exclude: ['**/*.int.spec.ts', '**/node_modules/**']
				}
			},
			{
				test: {
					name: 'int',
					include: [
						'packages/*/src/**/*.int.spec.ts',
						'apps/*/src/**/*.int.spec.ts',
						'apps/web/server/**/*.int.spec.ts'
					],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			}
		]
	}
});
