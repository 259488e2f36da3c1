import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
