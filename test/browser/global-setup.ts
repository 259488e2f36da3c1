import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../support/browser';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Browser tests run against the production build in build/ (npm test builds it first). */
export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) {
		throw new Error('No production build in build/: run `npx vite build` first (npm test does).');
	}
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`
		);
	}
	const server = await serveStatic('build');
	project.provide('baseUrl', server.url);
	return () => server.close();
}
