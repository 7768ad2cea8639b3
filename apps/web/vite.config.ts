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
		// PGlite loads its WebAssembly from its own package folder, pg has optional native parts and argon2
		// loads a prebuilt native binding for the platform: keep them as runtime imports, not bundled.
		external: ['@electric-sql/pglite', 'pg', '@node-rs/argon2']
	}
});
