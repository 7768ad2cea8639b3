// Flat config: type-aware TypeScript rules, Svelte, and the architecture's import boundaries (README, Architecture):
// domain imports nothing of ours and does no I/O; only server files touch the database package.
import js from '@eslint/js';
import nodePlugin from 'eslint-plugin-n';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dbModules = [
	'@trienkhai/db',
	'@trienkhai/db/*',
	'pg',
	'pg/*',
	'@electric-sql/pglite',
	'@electric-sql/pglite/*'
];

export default tseslint.config(
	{
		ignores: [
			'**/node_modules/**',
			'**/build/**',
			'**/.svelte-kit/**',
			'**/dist/**',
			'apps/web/src/lib/paraglide/**',
			'data/**',
			'test-results/**'
		]
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...svelte.configs['flat/recommended'],
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		plugins: { n: nodePlugin },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true }
			],
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Every import must be declared in the nearest package.json: npm's hoisting would hide a missing edge.
			'n/no-extraneous-import': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: { parser: tseslint.parser }
		}
	},
	{
		// Kysely migrations are typed against Kysely<any> on purpose: they are frozen against later schemas.
		files: ['packages/db/src/migrations/**'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off'
		}
	},
	{
		files: ['packages/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['@trienkhai/*'], message: 'domain imports nothing of ours (README, Architecture).' },
						{
							group: ['node:*', 'fs', 'fs/*', 'net', 'http', 'https', 'child_process', ...dbModules],
							message: 'domain does no I/O.'
						}
					]
				}
			]
		}
	},
	{
		// Tests of the domain may read their fixture files; the domain code itself may not.
		files: ['packages/domain/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['@trienkhai/*'], message: 'domain imports nothing of ours (README, Architecture).' }
					]
				}
			]
		}
	},
	{
		// Office files (DOCX/XLSX/CSV) are a package: they build on the domain, never on the database or apps.
		files: ['packages/office/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'@trienkhai/web',
								'@trienkhai/sync',
								'@trienkhai/web/*',
								'@trienkhai/sync/*',
								...dbModules
							],
							message: 'office builds on the domain only: no apps, no database.'
						}
					]
				}
			]
		}
	},
	{
		files: ['packages/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@trienkhai/web', '@trienkhai/sync', '@trienkhai/web/*', '@trienkhai/sync/*'],
							message: 'packages never import apps.'
						}
					]
				}
			]
		}
	},
	{
		// Browser-reachable web code: everything in apps/web/src except lib/server and *.server.ts files.
		files: ['apps/web/src/**'],
		ignores: [
			'apps/web/src/lib/server/**',
			'apps/web/src/**/*.server.ts',
			'apps/web/src/**/+server.ts',
			'apps/web/src/hooks.server.ts',
			'apps/web/src/app.d.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: dbModules,
							message: 'only server files (lib/server, *.server.ts) may import the database.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked
	}
);
