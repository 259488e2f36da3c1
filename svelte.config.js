import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Newsrooms host graphics under sub-folders such as /graphics/2026/huawei-map, so the base path
// is set at build time: BASE_PATH=/graphics/2026/huawei-map npm run build
const base = process.env.BASE_PATH ?? '';
// Where the static site is written; tests build a sub-folder variant next to the main build.
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// Hashes of the inline bootstrap script go into a <meta> CSP so the page runs without
		// 'unsafe-inline' scripts; hosts can send the same policy as a header (see README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};
