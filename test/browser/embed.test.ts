import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, isolatedPage } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * static/embed.js on host pages served from other origins (other ports) than the map, as a
 * newsroom would use it, plus pym.js unchanged from npm against the same embed page.
 */
const base = inject('baseUrl'); // the map's site (build/), e.g. http://127.0.0.1:1234/
const mapOrigin = new URL(base).origin;
const QUERY = '?date=2019-05-15&company=zte';
const TYPE = 'stance-map:height';
const VIEWPORT = { width: 800, height: 900 }; // narrow: the details panel stacks under the map

let browser: Browser;
let hostDir: string;
let thirdDir: string;
let host: StaticServer; // the newsroom's page
let third: StaticServer; // someone else entirely
let subFolder: StaticServer; // the map's site again, hosted under a sub-folder

const originOf = (server: StaticServer) => new URL(server.url).origin;

/** A host page with a strict CSP: no inline script or style, frames only from known origins. */
const hostPage = (head: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${mapOrigin} ${originOf(subFolder)}; style-src 'self'; img-src 'self'; frame-src ${mapOrigin} ${originOf(subFolder)} ${originOf(third)}; object-src 'none'; base-uri 'none'">
<title>Host</title>
<link rel="stylesheet" href="host.css">
<link rel="icon" href="icon.svg">
${head}
</head>
<body>
<h1>A newsroom story</h1>
${body}
</body>
</html>
`;

beforeAll(async () => {
	browser = await launch();
	thirdDir = mkdtempSync(join(tmpdir(), 'stance-third-'));
	writeFileSync(join(thirdDir, 'other.html'), '<!doctype html><title>Other</title><p>Other</p>');
	third = await serveStatic(thirdDir);
	subFolder = await serveStatic('build', { prefix: '/graphics/2026/stance-map' });

	hostDir = mkdtempSync(join(tmpdir(), 'stance-host-'));
	const file = (name: string, text: string) => writeFileSync(join(hostDir, name), text);
	file('host.css', '.spacer { height: 5000px; }\n');
	// Else the browser asks for /favicon.ico, and its 404 is a console error.
	file(
		'icon.svg',
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>'
	);
	file(
		'loader.html',
		hostPage(
			'',
			`<div id="embed" data-stance-map="${QUERY}"></div>
<p>After the map.</p>
<script src="${base}embed.js" async></script>
<script src="${base}embed.js"></script>`
		)
	);
	file(
		'hostile.html',
		hostPage(
			'',
			`<div id="embed" data-stance-map="${QUERY}"></div>
<iframe id="stranger" src="${base}favicon.svg" title="Same origin as the map, not the loader's"></iframe>
<iframe id="third" src="${third.url}other.html" title="Another origin"></iframe>
<script src="${base}embed.js"></script>`
		)
	);
	file(
		'lazy.html',
		// In <head> and not async: the divs do not exist yet when the script runs.
		hostPage(
			`<script src="${base}embed.js"></script>`,
			`<div id="top" data-stance-map=""></div>
<div class="spacer"></div>
<div id="far" data-stance-map="?controls=0"></div>`
		)
	);
	file(
		'sub.html',
		hostPage(
			'',
			`<div id="query" data-stance-map="${QUERY}"></div>
<div id="bare-query" data-stance-map="company=zte"></div>
<script src="${subFolder.url}embed.js"></script>`
		)
	);
	copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(hostDir, 'pym.v1.min.js'));
	file(
		'pym-host.js',
		`new pym.Parent('pym-container', ${JSON.stringify(base + 'embed/' + QUERY)}, {});\n`
	);
	file(
		'pym.html',
		hostPage(
			'',
			`<div id="pym-container"></div>
<script src="pym.v1.min.js"></script>
<script src="pym-host.js"></script>`
		)
	);
	host = await serveStatic(hostDir);
});

afterAll(async () => {
	await browser?.close();
	await Promise.all([host?.close(), third?.close(), subFolder?.close()]);
	for (const dir of [hostDir, thirdDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<{ page: Page; errors: string[] }> {
	const page = await isolatedPage(browser, { viewport: VIEWPORT });
	const errors = collectErrors(page);
	await page.goto(host.url + name);
	return { page, errors };
}

/** The document inside an iframe, once its map is drawn. */
async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle({ timeout: 30_000 }))!.contentFrame();
	expect(frame).not.toBeNull();
	await frame!.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
	return frame!;
}

const outerHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);
const innerHeight = (frame: Frame) =>
	frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the iframe is as tall as the document inside it (within 2px), and returns that. */
async function settled(iframe: Locator, frame: Frame): Promise<number> {
	let outer = 0;
	await expect
		.poll(
			async () => {
				outer = await outerHeight(iframe);
				return Math.abs(outer - (await innerHeight(frame)));
			},
			{ timeout: 60_000, interval: 250 }
		)
		.toBeLessThanOrEqual(2);
	return outer;
}

/** Every height the loader gives an iframe from now on, read from its style attribute. */
async function recordHeights(iframe: Locator): Promise<() => Promise<number[]>> {
	await iframe.evaluate((el: HTMLIFrameElement) => {
		const log: number[] = [];
		(window as unknown as { heightLog: number[] }).heightLog = log;
		new MutationObserver(() => log.push(parseFloat(el.style.height))).observe(el, {
			attributes: true,
			attributeFilter: ['style']
		});
	});
	return () => iframe.evaluate(() => (window as unknown as { heightLog: number[] }).heightLog);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embed loader (static/embed.js) on another origin', () => {
	it('makes one iframe of the map per div, even when included twice, and sizes it as the map grows and shrinks', async () => {
		const { page, errors } = await open('loader.html');
		const iframe = page.locator('#embed > iframe');
		await iframe.waitFor({ timeout: 30_000 });
		expect(await iframe.getAttribute('src')).toBe(`${base}embed/${QUERY}`);
		expect(await iframe.getAttribute('title')).toBe('Map: government stances on Huawei and ZTE');
		expect(await iframe.getAttribute('loading')).toBe('lazy');

		const frame = await frameOf(iframe);
		const closed = await settled(iframe, frame);
		expect(closed).toBeGreaterThan(600); // it grew from its initial height to the map's
		expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBe(
			await page.evaluate(() => document.body.clientWidth)
		);
		// The script is on the page twice: still one iframe, for the one div.
		expect(await page.locator('iframe').count()).toBe(1);

		await frame.getByTestId('country-search').fill('Germany');
		await frame.getByTestId('country-search').press('Enter');
		await expect
			.poll(() => frame.getByTestId('details').locator('h2').textContent())
			.toBe('Germany');
		// In this narrow column the country's card takes the place of the toolbar, chart and
		// legend (issue 18), so the frame changes height (shrinks) rather than doubling.
		const withDetails = await settled(iframe, frame);
		expect(Math.abs(withDetails - closed)).toBeGreaterThan(50);

		await page.keyboard.press('Escape');
		await expect.poll(() => frame.getByTestId('details').count()).toBe(0);
		await expect
			.poll(async () => Math.abs((await outerHeight(iframe)) - withDetails), { timeout: 60_000 })
			.toBeGreaterThan(50);
		expect(Math.abs((await settled(iframe, frame)) - closed)).toBeLessThanOrEqual(2);

		expect(await page.locator('iframe').count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('ignores height messages from other windows, other origins, and of the wrong shape', async () => {
		const { page, errors } = await open('hostile.html');
		const iframe = page.locator('#embed > iframe');
		const frame = await frameOf(iframe);
		const height = await settled(iframe, frame);
		const heights = await recordHeights(iframe);
		const stranger = (await (await page.locator('#stranger').elementHandle())!.contentFrame())!;
		const other = (await (await page.locator('#third').elementHandle())!.contentFrame())!;
		expect(await stranger.evaluate(() => location.origin)).toBe(mapOrigin);
		expect(await other.evaluate(() => location.origin)).toBe(originOf(third));

		// Well-shaped, but not from the map's iframe: the host page, a frame of the map's origin
		// that the loader did not make, and a frame of a third origin.
		await page.evaluate((type) => {
			window.postMessage({ type, height: 2345 }, '*');
			window.postMessage({ type, height: 50 }, '*');
		}, TYPE);
		await stranger.evaluate((type) => parent.postMessage({ type, height: 3456 }, '*'), TYPE);
		await other.evaluate((type) => parent.postMessage({ type, height: 4567 }, '*'), TYPE);
		// From the map's iframe, but of the wrong shape.
		await frame.evaluate((type) => {
			const wrong: unknown[] = [
				{ type, height: '5001' },
				{ height: 5002 },
				{ type: 'other', height: 5003 },
				{ type, height: 5004, extra: true },
				{ type, height: 50 },
				{ type, height: 12000 },
				{ type, height: NaN },
				{ type, height: Infinity },
				{ type },
				[type, 5005],
				`${type} 5006`,
				JSON.stringify({ type, height: 5007 }),
				'pymxPYMxembedxPYMxheightxPYMx5008',
				5009,
				null
			];
			for (const message of wrong) parent.postMessage(message, '*');
		}, TYPE);
		await pause(1000);
		expect(await outerHeight(iframe)).toBe(height);

		// A right message sent after all of them does get through, so they were all read by now.
		await frame.evaluate((m) => parent.postMessage(m, '*'), { type: TYPE, height: height + 41 });
		await expect.poll(heights, { timeout: 10_000 }).toContain(height + 41);
		await pause(500);
		const seen = await heights();
		for (const wrong of [
			2345, 50, 3456, 4567, 5001, 5002, 5003, 5004, 12000, 5005, 5006, 5007, 5008
		])
			expect(seen).not.toContain(wrong);
		expect(seen.every((h) => Number.isFinite(h))).toBe(true);

		// The loader's own iframe, navigated to a foreign origin: same window, wrong origin.
		await frame.evaluate((url) => location.assign(url), `${third.url}other.html`);
		await expect.poll(() => frame.evaluate(() => location.origin)).toBe(originOf(third));
		const before = await outerHeight(iframe);
		await frame.evaluate((type) => parent.postMessage({ type, height: 6789 }, '*'), TYPE);
		await pause(1000);
		expect(await outerHeight(iframe)).toBe(before);
		expect(await heights()).not.toContain(6789);

		expect(errors).toEqual([]);
		await page.close();
	});

	it('creates an iframe only once its div comes near the viewport', async () => {
		const { page, errors } = await open('lazy.html');
		const top = page.locator('#top > iframe');
		await top.waitFor({ timeout: 30_000 });
		expect(await top.getAttribute('src')).toBe(`${base}embed/`);
		// The far div was seen by the loader, but gets no iframe while far below the fold.
		await expect.poll(() => page.locator('#far').getAttribute('data-stance-map-loaded')).toBe('');
		const far = page.locator('#far > iframe');
		await pause(1500);
		expect(await far.count()).toBe(0);
		const farTop = await page
			.locator('#far')
			.evaluate((el) => el.getBoundingClientRect().top + scrollY);

		await page.evaluate((y) => scrollTo(0, y), farTop - VIEWPORT.height - 1500);
		await pause(1000);
		expect(await far.count()).toBe(0);

		// Just under the fold (within the loader's 200px margin): now it comes.
		await page.evaluate((y) => scrollTo(0, y), farTop - VIEWPORT.height - 100);
		await far.waitFor({ state: 'attached', timeout: 10_000 });
		expect(await far.getAttribute('src')).toBe(`${base}embed/?controls=0`);
		expect(await page.locator('iframe').count()).toBe(2);
		// Chromium does not render cross-origin iframes out of view: bring it in, then it draws.
		await far.scrollIntoViewIfNeeded();
		await settled(far, await frameOf(far));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('points its iframes at the embed page in its own folder, with a query string only', async () => {
		const { page, errors } = await open('sub.html');
		const query = page.locator('#query > iframe');
		const bareQuery = page.locator('#bare-query > iframe');
		await query.waitFor({ state: 'attached', timeout: 30_000 });
		await bareQuery.waitFor({ state: 'attached', timeout: 30_000 });
		expect(await query.getAttribute('src')).toBe(`${subFolder.url}embed/${QUERY}`);
		expect(subFolder.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphics\/2026\/stance-map\/$/);
		expect(await bareQuery.getAttribute('src')).toBe(`${subFolder.url}embed/?company=zte`);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('pym.js (unchanged from npm) as the parent', () => {
	it('grows the iframe pym makes to the height of the map', async () => {
		const { page, errors } = await open('pym.html');
		const iframe = page.locator('#pym-container > iframe');
		await iframe.waitFor({ timeout: 30_000 });
		const src = new URL((await iframe.getAttribute('src'))!);
		expect(src.origin + src.pathname).toBe(`${base}embed/`);
		expect(src.searchParams.get('childId')).toBe('pym-container');
		expect(src.searchParams.get('company')).toBe('zte');
		const frame = await frameOf(iframe);
		const height = await settled(iframe, frame);
		expect(height).toBeGreaterThan(600);
		expect(errors).toEqual([]);
		await page.close();
	});
});
