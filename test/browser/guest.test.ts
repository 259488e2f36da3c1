import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { iframeSnippet, loaderSnippet } from '../../src/lib/embed/snippets';
import { axeViolations, isolatedPage, mapReady, sharedBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The embed as a guest on a news page (issue 18): an article on another origin, the map below
 * twelve paragraphs, in the columns newsrooms use. It must never take the host's focus or
 * scroll, fit its frame without scrolling inside it, and let the wheel scroll the article.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const PINNED = '?date=2019-05-15&country=DEU';
const LATEST = JSON.parse(readFileSync('static/data/versions.json', 'utf8')).versions.at(-1).id;
const paragraphs = Array.from(
	{ length: 12 },
	(_, i) => `<p>Paragraph ${i + 1} of the story.</p>`
).join('\n');
let dir: string;
let host: StaticServer;

const article = (width: number, embed: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,"><style>p { font: 18px/1.6 serif; margin: 0 0 1.2em; } .col { width: ${width}px; margin: 0 auto; } .after { height: 3000px; }</style>
</head><body><div class="col"><h1>A story</h1>
${paragraphs}
${embed}
<div class="after">After the map.</div></div></body></html>`;

const title = 'Map: government stances on Huawei and ZTE';
const snippet = (kind: 'iframe' | 'loader', query: string) => {
	const options = { controls: !query.includes('controls=0'), country: query.includes('country=') };
	const url = `${base}embed/${query}`;
	return kind === 'iframe'
		? iframeSnippet(url, title, options)
		: loaderSnippet(`${base}embed.js`, url, query, title, options);
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'stance-guest-'));
	for (const width of [320, 600, 900]) {
		for (const query of ['?date=2019-05-15', PINNED]) {
			const name = `${query === PINNED ? 'pinned' : 'plain'}-${width}`;
			writeFileSync(join(dir, `iframe-${name}.html`), article(width, snippet('iframe', query)));
			writeFileSync(join(dir, `loader-${name}.html`), article(width, snippet('loader', query)));
		}
	}
	copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'pym.v1.min.js'));
	writeFileSync(
		join(dir, 'pym-host.js'),
		`new pym.Parent('pym-container', ${JSON.stringify(`${base}embed/${PINNED}`)}, {});\n`
	);
	writeFileSync(
		join(dir, 'pym-600.html'),
		article(
			600,
			'<div id="pym-container"></div><script src="pym.v1.min.js"></script><script src="pym-host.js"></script>'
		)
	);
	host = await serveStatic(dir);
});

afterAll(async () => {
	await host?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function articlePage(name: string, width = 1100): Promise<{ page: Page; frame: Frame }> {
	const page = await isolatedPage(chromium(), { viewport: { width, height: 800 } });
	await page.goto(host.url + name);
	const element = await page.waitForSelector('iframe', { timeout: 30_000 });
	await element.scrollIntoViewIfNeeded();
	const frame = (await element.contentFrame())!;
	await frame.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
	await page.evaluate(() => window.scrollTo(0, 0));
	return { page, frame };
}

describe('a good guest on a news page', () => {
	it.each([
		'iframe-pinned-600.html',
		'loader-pinned-600.html',
		'pym-600.html',
		'iframe-plain-600.html'
	])('%s: loading takes neither the scroll nor the focus of the article', async (name) => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1100, height: 800 } });
		await page.goto(host.url + name);
		const element = await page.waitForSelector('iframe', { timeout: 30_000, state: 'attached' });
		const frame = (await element.contentFrame())!;
		await frame.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
		if (name.includes('pinned') || name.startsWith('pym'))
			await frame.getByTestId('details').waitFor({ timeout: 30_000 });
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
		await page.close();
	});

	it.each([320, 600, 900])(
		'the iframe snippet fits its content at %i px, without scrolling inside',
		async (width) => {
			for (const kind of ['plain', 'pinned']) {
				const { page, frame } = await articlePage(`iframe-${kind}-${width}.html`);
				const outer = await page
					.locator('iframe')
					.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame.evaluate(() => ({
					height: document.documentElement.getBoundingClientRect().height,
					scrolls:
						document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
					sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth
				}));
				expect(inner.height, `${kind} at ${width}`).toBeLessThanOrEqual(outer);
				expect(inner.scrolls, `${kind} at ${width}`).toBe(false);
				expect(inner.sideways, `${kind} at ${width}`).toBe(false);
				await page.close();
			}
		}
	);

	it('lets the wheel over the map scroll the article', async () => {
		const { page } = await articlePage('loader-pinned-600.html');
		const box = (await page.locator('iframe').boundingBox())!;
		await page.evaluate((y) => window.scrollTo(0, y - 100), box.y);
		const before = await page.evaluate(() => window.scrollY);
		const now = (await page.locator('iframe').boundingBox())!;
		await page.mouse.move(now.x + now.width / 2, now.y + 150);
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(400);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
		await page.close();
	});

	it.each([280, 320, 375, 600, 1000])('has no sideways overflow at %i px', async (width) => {
		const page = await isolatedPage(chromium(), { viewport: { width, height: 800 } });
		await page.goto(`${base}embed/${PINNED}`);
		await mapReady(page);
		await page.getByTestId('details').waitFor();
		const over = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(over).toBe(0);
		await page.close();
	});

	it('carries its date as a caption when the slider is hidden', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 600, height: 800 } });
		await page.goto(`${base}embed/?date=2019-05-15&controls=0`);
		await mapReady(page);
		await expect(page.getByTestId('map-date').textContent()).resolves.toContain('15 May 2019');
		await page.close();
	});
});

describe('print', () => {
	it('prints the map, its date, the legend and the open country, without a single control', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1000, height: 900 } });
		await page.goto(`${base}?country=DEU&date=2020-01-01`);
		await mapReady(page);
		await page.getByTestId('details').waitFor();
		await page.emulateMedia({ media: 'print' });
		const visible = await page.evaluate(
			() =>
				[...document.querySelectorAll('button, input, select, textarea')].filter(
					(e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0
				).length
		);
		expect(visible).toBe(0);
		await expect(page.getByTestId('map-date').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('details').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('map').isVisible()).resolves.toBe(true);
		await page.close();
	});
});

describe('layers and options on the page', () => {
	it('closes the dialog with Esc and keeps the panel and the country in the URL', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}?country=DEU&date=2020-01-01`);
		await mapReady(page);
		await page.getByTestId('details').waitFor();
		await page.getByTestId('embed-open').click();
		await page.getByTestId('embed-dialog').waitFor();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('embed-dialog').isVisible()).resolves.toBe(false);
		await expect(page.getByTestId('details').isVisible()).resolves.toBe(true);
		await page.waitForTimeout(400);
		expect(new URL(page.url()).searchParams.get('country')).toBe('DEU');
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('details').count()).resolves.toBe(0);
		await page.close();
	});

	it('offers embed options, previews the size, and has no axe violations with the dialog open', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}?country=DEU`);
		await mapReady(page);
		await page.getByTestId('embed-open').click();
		const dialog = page.getByTestId('embed-dialog');
		await dialog.waitFor();
		await dialog.getByLabel('Show the slider and chart').uncheck();
		await dialog.getByLabel('Theme').selectOption('dark');
		await expect(page.getByTestId('snippet-iframe').inputValue()).resolves.toMatch(
			/controls=0.*theme=dark|theme=dark.*controls=0/
		);
		await expect(page.getByTestId('snippet-iframe').inputValue()).resolves.toContain(`v=${LATEST}`);
		await dialog.getByLabel(/Live:/).check();
		await expect(page.getByTestId('snippet-iframe').inputValue()).resolves.not.toMatch(/[?&]v=/);
		await dialog.getByLabel('Column width').selectOption('320');
		await expect(page.getByTestId('embed-preview').textContent()).resolves.toMatch(
			/320 px column the frame is [\d,]+ px tall/
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('search as a combobox', () => {
	it('opens nothing while typing, Nigeria on Enter, aliases, and says when nothing matches', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(base);
		await mapReady(page);
		const search = page.getByTestId('country-search');
		await search.pressSequentially('Niger');
		await expect(page.getByTestId('details').count()).resolves.toBe(0);
		await search.pressSequentially('ia');
		await search.press('Enter');
		await expect
			.poll(() => page.getByTestId('details').locator('h2').textContent())
			.toBe('Nigeria');
		await search.fill('UK');
		await expect(
			page.locator('#country-options [role="option"]').first().textContent()
		).resolves.toContain('United Kingdom');
		await search.fill('Xyz');
		// Polled: the status follows the input, a frame (or, on a busy machine, more) later.
		await expect
			.poll(() => page.getByTestId('search-status').textContent(), { timeout: 10_000 })
			.toContain('No country matches');
		await page.close();
	});
});
