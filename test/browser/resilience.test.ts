import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STANCE_COLORS } from '../../src/lib/model/palette';
import {
	collectErrors,
	hoverAndOpen,
	hexToRgb,
	launch,
	mapReady,
	pixelsAround,
	shareOf
} from '../support/browser';
import { serveStatic } from '../support/static-server';

const base = inject('baseUrl');
const AUSTRALIA: [number, number] = [122, -27];

describe('the first paint, in the built HTML', () => {
	it.each(['build/index.html', 'build/embed/index.html'])(
		'%s contains the SVG map, coloured',
		(file) => {
			const html = readFileSync(file, 'utf8');
			const svg = html.match(/<svg class="svg-map[\s\S]*?<\/svg>/)?.[0] ?? '';
			expect(svg.match(/<path class="country"/g)?.length ?? 0).toBeGreaterThan(150);
			expect(svg).toContain(`fill="${STANCE_COLORS.banned}"`);
		}
	);
});

describe('without JavaScript, and without WebGL', () => {
	let noWebgl: Browser;
	let plain: Browser;
	beforeAll(async () => {
		[noWebgl, plain] = await Promise.all([
			launch(['--disable-webgl', '--disable-3d-apis']),
			launch()
		]);
	});
	afterAll(async () => {
		await Promise.all([noWebgl?.close(), plain?.close()]);
	});

	it('shows the coloured SVG map with JavaScript disabled', async () => {
		const context = await plain.newContext({
			javaScriptEnabled: false,
			viewport: { width: 1000, height: 800 }
		});
		const page = await context.newPage();
		await page.goto(base + 'embed/');
		const svg = page.locator('svg.svg-map');
		expect(await svg.isVisible()).toBe(true);
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeGreaterThan(500);
		// Australia has been banned since 2018, and the build's default date is today.
		expect(
			shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(STANCE_COLORS.banned))
		).toBeGreaterThan(0.3);
		await context.close();
	});

	it('keeps the SVG map live while the zoom engine loads', async () => {
		const page = await plain.newPage({ viewport: { width: 1280, height: 900 } });
		// Hold the geometry back so the zoom engine never finishes loading in this test.
		await page.route('**/data/countries.json', () => {});
		await page.goto(base + '?date=2018-09-01');
		await mapReady(page);
		const map = page.getByTestId('map');
		await page.getByTestId('zoom-in').click();
		await expect.poll(() => map.getAttribute('data-renderer')).toBe('loading');
		// The SVG map follows the URL's date: Australia was banned by September 2018.
		expect(
			shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(STANCE_COLORS.banned))
		).toBeGreaterThan(0.3);
		await hoverAndOpen(page, AUSTRALIA, 'Australia');
		expect(await map.getAttribute('data-renderer')).toBe('loading');
		await page.close();
	});

	it('keeps the first paint, and says so on download, when the map data cannot load', async () => {
		const page = await plain.newPage({ viewport: { width: 1280, height: 900 } });
		const errors = collectErrors(page);
		await page.route(/\/data\/(countries|svg-map)\.json$/, (route) => route.abort());
		await page.goto(base + '?date=2018-09-01');
		await expect.poll(() => page.locator('svg.svg-map').count()).toBe(1);
		await mapReady(page);
		await hoverAndOpen(page, AUSTRALIA, 'Australia');
		await page.getByTestId('download-svg').click();
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'download failed' }).count())
			.toBe(1);
		expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
		await page.close();
	});

	it('zooms the SVG map itself where WebGL is disabled, and stays interactive', async () => {
		const page = await noWebgl.newPage({ viewport: { width: 1280, height: 900 } });
		const errors = collectErrors(page);
		await page.goto(base + '?date=2018-09-01');
		await mapReady(page);
		expect(await page.getAttribute('[data-testid="map"]', 'data-renderer')).toBe('svg');
		const viewBox = () => page.locator('svg.svg-map').getAttribute('viewBox');
		const world = await viewBox();
		await page.getByTestId('zoom-in').click();
		await expect.poll(viewBox).not.toBe(world);
		const [, , w] = (await viewBox())!.split(' ').map(Number);
		expect(w).toBeCloseTo(Number(world!.split(' ')[2]) / 2, 3);
		expect(await page.getAttribute('[data-testid="map"]', 'data-renderer')).toBe('svg');
		await page.getByTestId('zoom-reset').click();
		await expect.poll(viewBox).toBe(world);
		expect(
			shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(STANCE_COLORS.banned))
		).toBeGreaterThan(0.3);
		await hoverAndOpen(page, AUSTRALIA, 'Australia');
		await page.getByTestId('slider').focus();
		await page.keyboard.press('Home');
		await mapReady(page);
		expect(shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(STANCE_COLORS.banned))).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});

/** Loads a page, zooms in to bring the WebGL map, and reports CSP violations and failed requests. */
async function loadAndWatch(browser: Browser, url: string) {
	const page: Page = await browser.newPage();
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
	page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	await page.goto(url);
	await mapReady(page);
	await page.getByTestId('zoom-in').click();
	await expect
		.poll(() => page.getAttribute('[data-testid="map"]', 'data-renderer'), { timeout: 60_000 })
		.not.toBe('loading');
	await mapReady(page);
	const renderer = await page.getAttribute('[data-testid="map"]', 'data-renderer');
	const violations = await page.evaluate(
		() => (window as unknown as { violations: string[] }).violations
	);
	await page.close();
	return { renderer, violations, failed };
}

describe('strict hosting', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('runs under the documented Content-Security-Policy header with no violations', async () => {
		// The README's policy: the pages' own <meta> policy, sent as a header. Scripts and styles
		// are allowed by source or by hash only: no unsafe-eval, no unsafe-inline.
		const policies = ['build/index.html', 'build/embed/index.html'].map(
			(f) =>
				readFileSync(f, 'utf8').match(/http-equiv="content-security-policy" content="([^"]+)"/)![1]
		);
		// Each page hashes its own inline bootstrap script and styles: one header for both pages
		// lists each directive's sources from both.
		const sources = new Map<string, Set<string>>();
		for (const directive of policies.flatMap((p) => p.split(/;\s*/))) {
			const [name, ...values] = directive.split(' ');
			values.forEach((v) => sources.set(name, (sources.get(name) ?? new Set()).add(v)));
		}
		const policy = [...sources].map(([name, values]) => [name, ...values].join(' ')).join('; ');
		expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+(;|$)/);
		expect(policy).toMatch(/style-src 'self' 'unsafe-hashes'( 'sha256-[^']+')+(;|$)/);
		const server = await serveStatic('build', { headers: { 'content-security-policy': policy } });
		try {
			for (const path of ['', 'embed/']) {
				const result = await loadAndWatch(browser, server.url + path);
				expect(result).toEqual({ renderer: 'webgl', violations: [], failed: [] });
			}
		} finally {
			await server.close();
		}
	});

	it('loads everything when built for and served from a sub-folder', async () => {
		const prefix = '/graphics/2026/huawei-map';
		const out = '.tmp-build-subfolder';
		rmSync(out, { recursive: true, force: true });
		const build = spawnSync('npx', ['vite', 'build'], {
			env: {
				...process.env,
				BASE_PATH: prefix,
				BUILD_DIR: out,
				SITE_URL: `http://127.0.0.1${prefix}/`
			},
			encoding: 'utf8'
		});
		expect(build.status, build.stderr).toBe(0);
		const server = await serveStatic(out, { prefix });
		try {
			for (const path of ['', 'embed/?date=2019-05-15&company=zte']) {
				const result = await loadAndWatch(browser, server.url + path);
				expect(result).toEqual({ renderer: 'webgl', violations: [], failed: [] });
			}
		} finally {
			await server.close();
			rmSync(out, { recursive: true, force: true });
		}
	});
});
