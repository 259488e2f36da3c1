import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { checkMessages } from './src/build/check-messages.ts';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { DEFAULT_CORRECTIONS_URL, isSafeTemplate } from './src/lib/feedback/correctionLink.ts';

/** Fails the build, naming file and key, when a language lacks a message (see README). */
const everyMessage = (): Plugin => ({
	name: 'stance-map:every-message',
	buildStart() {
		const problems = checkMessages();
		if (problems.length) this.error(problems.join('\n'));
	}
});

/** Where "Report a correction" goes: a mailto: or https: template (README, "Corrections"). */
const correctionsUrl = process.env.CORRECTIONS_URL ?? DEFAULT_CORRECTIONS_URL;
if (!isSafeTemplate(correctionsUrl))
	throw new Error(
		`CORRECTIONS_URL must start with mailto: or https:// (got ${JSON.stringify(correctionsUrl)})`
	);

/**
 * Social previews and feeds need absolute addresses, which only the host knows: a production build
 * without SITE_URL would publish relative og:image links that platforms ignore, so it stops here.
 * `npm start` and `npm test` set the local address.
 */
const requireSiteUrl = (): Plugin => ({
	name: 'stance-map:require-site-url',
	apply: (_config, { command, mode }) => command === 'build' && mode === 'production',
	buildStart() {
		if (!/^https?:\/\/.+\/$/.test(process.env.SITE_URL ?? ''))
			this.error(
				'SITE_URL is required for a production build, as the full address the site is served from, ending in "/": ' +
					'SITE_URL=https://graphics.example.org/huawei-map/ npm run build (README, "Deploying").'
			);
	}
});

/**
 * A script bundled apart from the app, as one small classic script: `virtual:NAME` is its code as
 * a string. Two use it:
 * - `<stance-map>` (src/lib/embed/element.ts): the prerendered route src/routes/stance-map.js/
 *   writes it to build/stance-map.js, and hosts load only this file;
 * - a map page's first script (src/lib/app/gate.ts): src/hooks.server.ts puts it in the page,
 *   the only script that runs before the reader's first use.
 */
const scriptBundle = (name: string, entry: string): Plugin => {
	const id = `virtual:${name}`;
	return {
		name: `stance-map:${name}`,
		resolveId: (source) => (source === id ? '\0' + id : undefined),
		async load(source) {
			if (source !== '\0' + id) return;
			const out = (await build({
				configFile: false,
				logLevel: 'warn',
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'StanceMap' } }
			})) as Rolldown.RolldownOutput[];
			return `export default ${JSON.stringify(out[0].output[0].code)};`;
		}
	};
};

export default defineConfig({
	plugins: [
		everyMessage(),
		requireSiteUrl(),
		scriptBundle('stance-map-element', 'src/lib/embed/element.ts'),
		scriptBundle('first-use-gate', 'src/lib/app/gate.ts'),
		paraglideVitePlugin({ project: './src/i18n/project.inlang', outdir: './src/lib/paraglide' }),
		sveltekit()
	],
	// Social previews need absolute image addresses: SITE_URL=https://host/path/ npm run build.
	define: {
		__SITE_URL__: JSON.stringify(process.env.SITE_URL ?? ''),
		__CORRECTIONS_URL__: JSON.stringify(correctionsUrl)
	},
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'jsdom' }
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/browser/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
