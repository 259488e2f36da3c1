import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one inline style the pages need: SvelteKit's route announcer carries a style attribute.
 * Rather than 'unsafe-inline', the policy allows exactly that attribute by its hash
 * ('unsafe-hashes'), read from SvelteKit itself so an upgrade that changes it keeps working.
 */
function announcerStyleHash() {
	const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const root = join(kit, 'src/core/sync/write_root.js');
	const style = readFileSync(root, 'utf8').match(/id="svelte-announcer"[^>]*style="([^"]+)"/)?.[1];
	if (!style) throw new Error('SvelteKit route announcer style not found: update svelte.config.js');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

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
		// The styles (6 kB gzip in all) go into the HTML: six stylesheet requests would each hold
		// up the first paint, by a round trip on a phone (first paint 3.0× → 2.4× a blank page's
		// here). Every stylesheet the app has is under this size.
		inlineStyleThreshold: 16384,
		// Hashes of the inline bootstrap script go into a <meta> CSP so the page runs without
		// 'unsafe-inline' scripts; hosts can send the same policy as a header (see README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// SvelteKit adds its start script's hash; src/hooks.server.ts those of the map
				// pages' own inline scripts ($lib/app/inlineScripts).
				'script-src': ['self'],
				// No 'unsafe-inline': the styles are inlined in a <style> whose hash SvelteKit adds,
				// or set through the CSSOM, but for the announcer's attribute, allowed by its hash.
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};
