import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { elementSnippet } from '../../src/lib/embed/snippets';
import { collectErrors, isolatedPage, launch } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * `<stance-map>` (build/stance-map.js) on an article served from another origin (another port),
 * under a strict CSP: it renders the embed in a shadow root, follows the map's height and its
 * own attributes, shows its fallback until upgraded, and no host CSS reaches inside.
 */
const base = inject('baseUrl');
const mapOrigin = new URL(base).origin;
const VIEWPORT = { width: 800, height: 900 };

let browser: Browser;
let dir: string;
let host: StaticServer;

// What "Embed this view" gives for the element: the script (async), then the tag and its fallback.
const snippet = elementSnippet(`${base}stance-map.js`, '?date=2019-05-15&company=zte', {
	href: `${base}y/2019/?date=2019-05-15&company=zte`,
	image: `${base}og/2019.png`,
	alt: 'Who shut out Huawei and ZTE? (2019)'
});

const article = (css: string[]) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${mapOrigin}; style-src 'self'; img-src 'self' ${mapOrigin}; frame-src ${mapOrigin}; object-src 'none'; base-uri 'none'">
<title>Host</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<link rel="icon" href="icon.svg">
<script src="watch.js"></script>
</head>
<body>
<h1>A newsroom story</h1>
<p>Before the map.</p>
${snippet}
<p>After the map.</p>
<div class="spacer"></div>
</body>
</html>
`;

beforeAll(async () => {
	browser = await launch();
	dir = mkdtempSync(join(tmpdir(), 'stance-element-'));
	const file = (name: string, text: string) => writeFileSync(join(dir, name), text);
	file(
		'host.css',
		'stance-map img { max-width: 100%; height: auto; } .spacer { height: 3000px; }\n'
	);
	file('hostile.css', '* { color: red !important; display: block }\n');
	file(
		'icon.svg',
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>'
	);
	// Records CSP violations on the host, which a console listener could miss.
	file(
		'watch.js',
		`window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));\n`
	);
	file('element.html', article(['host.css']));
	file('hostile.html', article(['host.css', 'hostile.css']));
	host = await serveStatic(dir);
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, blockScript = false): Promise<{ page: Page; errors: string[] }> {
	const page = await isolatedPage(browser, { viewport: VIEWPORT });
	const errors = collectErrors(page);
	if (blockScript) await page.route(`${base}stance-map.js`, (route) => route.abort());
	await page.goto(host.url + name);
	return { page, errors };
}

/** The iframe inside the element's (open) shadow root, and its document once the map is drawn. */
async function embedded(page: Page): Promise<{ iframe: Locator; frame: Frame }> {
	const iframe = page.locator('stance-map iframe');
	const frame = (await (await iframe.elementHandle({ timeout: 30_000 }))!.contentFrame())!;
	await frame.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
	return { iframe, frame };
}

/** Waits until the iframe is as tall as the document inside it (within 2px), and returns that. */
async function settled(iframe: Locator, frame: Frame): Promise<number> {
	let outer = 0;
	await expect
		.poll(
			async () => {
				outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame.evaluate(
					() => document.documentElement.getBoundingClientRect().height
				);
				return Math.abs(outer - inner);
			},
			{ timeout: 60_000, interval: 250 }
		)
		.toBeLessThanOrEqual(2);
	return outer;
}

/** What the host page can observe of a good guest: no scroll, no focus, no CSP violation. */
const hostState = (page: Page) =>
	page.evaluate(() => ({
		scrollY: window.scrollY,
		focusOnBody: document.activeElement === document.body,
		violations: (window as unknown as { violations: string[] }).violations
	}));

/** Computed styles inside the map's document that a leaking host rule would change. */
const insideLooks = (frame: Frame) =>
	frame.evaluate(() =>
		['body', 'h1', '[data-testid="map-date"]', '.credits', 'button', 'head'].map((sel) => {
			const el = document.querySelector(sel);
			if (!el) return `${sel}: none`;
			const s = getComputedStyle(el);
			return `${sel}: ${s.color} ${s.display} ${s.fontFamily}`;
		})
	);

describe('<stance-map> on another origin', () => {
	it('renders the embed in a shadow root, sized to the map, without the host’s scroll or focus', async () => {
		const { page, errors } = await open('element.html');
		const { iframe, frame } = await embedded(page);
		expect(await page.evaluate(() => !!document.querySelector('stance-map')!.shadowRoot)).toBe(
			true
		);
		expect(frame.url()).toBe(`${base}embed/?date=2019-05-15&company=zte`);
		await settled(iframe, frame);
		// Upgraded: the fallback it held is no longer drawn.
		expect(await page.locator('stance-map img').boundingBox()).toBeNull();
		await page.waitForTimeout(500);
		expect(await hostState(page)).toEqual({ scrollY: 0, focusOnBody: true, violations: [] });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('follows a changed attribute without a new history entry, and resizes to the new view', async () => {
		const { page } = await open('element.html');
		const { iframe, frame } = await embedded(page);
		const closed = await settled(iframe, frame);
		const entries = await page.evaluate(() => window.history.length);
		await page.evaluate(() => {
			const el = document.querySelector('stance-map')!;
			el.setAttribute('date', '2012-06-30');
			el.setAttribute('country', 'DEU');
			el.setAttribute('controls', '0');
		});
		await frame.waitForURL(`${base}embed/?date=2012-06-30&country=DEU&company=zte&controls=0`);
		await frame.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
		await frame.getByTestId('details').waitFor({ timeout: 30_000 });
		await expect(frame.getByTestId('map-date').textContent()).resolves.toContain('2012');
		const withCountry = await settled(iframe, frame);
		expect(Math.abs(withCountry - closed)).toBeGreaterThan(20);
		expect(await page.evaluate(() => window.history.length)).toBe(entries);
		expect(await hostState(page)).toEqual({ scrollY: 0, focusOnBody: true, violations: [] });
		await page.close();
	});

	it('keeps a hostile host stylesheet out: nothing inside changes', async () => {
		const plain = await open('element.html');
		const calm = await embedded(plain.page);
		const calmHeight = await settled(calm.iframe, calm.frame);
		const calmLooks = await insideLooks(calm.frame);
		const calmFrame = await calm.iframe.evaluate((el) => {
			const s = getComputedStyle(el);
			return `${s.display} ${s.borderTopWidth} ${s.width}`;
		});

		const { page, errors } = await open('hostile.html');
		const { iframe, frame } = await embedded(page);
		// The rule does reach the host page: its own text is red.
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color)).toBe(
			'rgb(255, 0, 0)'
		);
		expect(await insideLooks(frame)).toEqual(calmLooks);
		expect(calmLooks.join()).not.toContain('rgb(255, 0, 0)');
		expect(
			await iframe.evaluate((el) => {
				const s = getComputedStyle(el);
				return `${s.display} ${s.borderTopWidth} ${s.width}`;
			})
		).toBe(calmFrame);
		expect(Math.abs((await settled(iframe, frame)) - calmHeight)).toBeLessThanOrEqual(2);
		expect(await hostState(page)).toEqual({ scrollY: 0, focusOnBody: true, violations: [] });
		expect(errors).toEqual([]);
		await Promise.all([page.close(), plain.page.close()]);
	});

	it('shows the year’s image with a link until the script upgrades it', async () => {
		const { page } = await open('element.html', true);
		const img = page.locator('stance-map img');
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
		expect((await img.boundingBox())!.width).toBeGreaterThan(300);
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
		expect(await img.getAttribute('alt')).toBe('Who shut out Huawei and ZTE? (2019)');
		expect(await page.locator('stance-map a').getAttribute('href')).toBe(
			`${base}y/2019/?date=2019-05-15&company=zte`
		);
		expect(await page.locator('stance-map iframe').count()).toBe(0);
		await page.close();
	});
});
