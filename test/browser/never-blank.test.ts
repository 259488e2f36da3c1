import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedPage, sharedBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * A stale page after a deploy: the HTML names a route chunk that the new deploy no longer has.
 * The embed keeps its prerendered map and offers a reload, rather than a bare "500".
 */
const chromium = sharedBrowser();
const base = inject('baseUrl');
let dir: string;
let server: StaticServer;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'stance-stale-'));
	cpSync('build', dir, { recursive: true });
	const html = readFileSync(join(dir, 'embed/index.html'), 'utf8');
	// The embed route's own node: the last of the nodes the bootstrap imports.
	const nodes = [...html.matchAll(/_app\/immutable\/nodes\/\d+\.[\w-]+\.js/g)].map((m) => m[0]);
	expect(nodes.length).toBeGreaterThan(1);
	unlinkSync(join(dir, nodes.at(-1)!));
	server = await serveStatic(dir);
});

afterAll(async () => {
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a page whose route chunk is gone', () => {
	it('keeps the prerendered map and offers a reload', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 800, height: 800 } });
		await page.goto(`${server.url}embed/?date=2019-05-15`);
		const error = page.getByTestId('error-page');
		await error.waitFor({ timeout: 30_000 });
		await expect(error.locator('[role="alert"]').textContent()).resolves.toContain(
			'updated since this page loaded'
		);
		await expect(page.getByTestId('reload').isVisible()).resolves.toBe(true);
		const countries = await error.locator('svg path[data-id]').count();
		expect(countries).toBeGreaterThan(150);
		await page.close();
	});
});

describe('feedback while loading', () => {
	it('shows the zoom engine loading within 100 ms on a slow network, while the SVG map answers', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1000, height: 800 } });
		await page.goto(`${base}embed/?date=2019-05-15`);
		await page.waitForSelector('[data-testid="map"][data-ready="true"]');
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 1500,
			downloadThroughput: 50_000,
			uploadThroughput: 50_000
		});
		await page.getByTestId('zoom-in').click();
		const busyAfter = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const start = performance.now();
					const check = () =>
						document.querySelector('[data-testid="zoom"]')?.getAttribute('aria-busy') === 'true' &&
						document.querySelector('[data-testid="zoom-busy"]')
							? resolve(performance.now() - start)
							: requestAnimationFrame(check);
					check();
				})
		);
		expect(busyAfter).toBeLessThan(100);
		await expect(page.getByTestId('zoom-busy').isVisible()).resolves.toBe(true);
		// The SVG map keeps answering while the engine loads.
		await expect(page.getAttribute('[data-testid="map"]', 'data-ready')).resolves.toBe('true');
		await expect(page.locator('.svg-map').first().isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('marks the zoom, and only the zoom, not ready in the prerendered HTML', () => {
		const html = readFileSync('build/embed/index.html', 'utf8');
		// The map, slider and controls answer from the reader's first use (the app starts on it
		// and replays what came before): the page is not busy. Zooming needs the started app.
		expect(html).toMatch(/<main class="app embed[^"]*"/);
		expect(html).not.toMatch(/<main[^>]*aria-busy/);
		expect(html).toMatch(
			/data-testid="zoom-in"[^>]*aria-disabled="true"|aria-disabled="true"[^>]*data-testid="zoom-in"/
		);
	});
});
