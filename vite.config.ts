import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { checkMessages } from './src/build/check-messages.ts';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

/** Fails the build, naming file and key, when a language lacks a message (see README). */
const everyMessage = (): Plugin => ({
	name: 'stance-map:every-message',
	buildStart() {
		const problems = checkMessages();
		if (problems.length) this.error(problems.join('\n'));
	}
});

export default defineConfig({
	plugins: [
		everyMessage(),
		paraglideVitePlugin({ project: './src/i18n/project.inlang', outdir: './src/lib/paraglide' }),
		sveltekit()
	],
	// Social previews need absolute image addresses: SITE_URL=https://host/path/ npm run build.
	define: { __SITE_URL__: JSON.stringify(process.env.SITE_URL ?? '') },
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
