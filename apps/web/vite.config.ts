import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import svelteConfig from '../../svelte.config.js';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			// Same options as the `i18n` script (the CLI), so both write the same catalogue.
			outdir: './src/lib/paraglide'
		}),
		sveltekit(svelteConfig)
	],
	ssr: {
		// PGlite loads its WebAssembly from its own package folder and pg has optional native parts:
		// keep both as runtime imports instead of bundling them into the server build.
		external: ['@electric-sql/pglite', 'pg']
	}
});
