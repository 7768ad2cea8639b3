// The one shared Svelte options file (docs/toolchain.md). SvelteKit 3 refuses a svelte.config.js inside the
// app's own root, so apps/web/vite.config.ts imports this and passes it to `sveltekit(...)`; editor
// tooling finds it here at the top.
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit/vite').Config} */
const config = {
	adapter: adapter({ out: 'build', precompress: false }),
	compilerOptions: {
		runes: true
	}
};

export default config;
