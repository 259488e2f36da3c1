import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import {
	axeViolations,
	collectErrors,
	isolatedPage,
	pointOnMap,
	sharedBrowser
} from '../support/browser';

const base = inject('baseUrl');
const chromium = sharedBrowser();
const GERMANY: [number, number] = [10.4, 51.1];
const AUSTRALIA: [number, number] = [134, -25];

/** A page of its own, loaded and left alone for a moment, with the requests it made. */
async function open(
	path: string,
	options: { hasTouch?: boolean; colorScheme?: 'light' | 'dark' } = {}
) {
	// A context of its own: axe-core's Playwright builder needs one.
	const page = await isolatedPage(chromium(), {
		viewport: { width: 1000, height: 800 },
		...options
	});
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	const errors = collectErrors(page);
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForTimeout(800);
	return { page, requests, errors };
}

const started = (page: Page) => page.locator('main.hydrated').count();
const DATASET = '/data/stances.json';
/** The page's code: SvelteKit's client, Svelte and the app, all under _app/. */
const appCode = (requests: string[]) =>
	requests.filter((p) => p.includes('/_app/') && p.endsWith('.js'));

describe('a map showing its prerendered view waits for the reader', () => {
	it('runs none of its own code, nor fetches it or its data, until first used', async () => {
		// pym.js frames an embed with parameters of its own: they are not a view.
		for (const path of ['embed/', '', 'embed/?initialWidth=640&childId=map']) {
			const { page, requests, errors } = await open(path);
			expect(await started(page), path).toBe(0);
			expect(appCode(requests), path).toEqual([]);
			expect(
				requests.filter((p) => p.endsWith(DATASET)),
				path
			).toEqual([]);
			const html = await (await fetch(base + path)).text();
			expect(html, path).not.toContain('data-sveltekit-fetched');
			// The map is all there: coloured countries and the slider at today.
			expect(await page.locator('svg.svg-map path[data-id][fill]').count()).toBeGreaterThan(150);
			await expect(page.getByTestId('slider').inputValue()).resolves.toMatch(/^\d+$/);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('costs its host article nothing, on screen or below the fold, until used', async () => {
		const page = await chromium().newPage({ viewport: { width: 800, height: 600 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.setContent(
			`<main><h1>Article</h1><div style="height: 3000px"></div>` +
				`<iframe title="map" src="${base}embed/" width="700" height="600"></iframe></main>`
		);
		const frame = page.frameLocator('iframe');
		await frame.locator('svg.svg-map').waitFor();
		await page.locator('iframe').scrollIntoViewIfNeeded();
		await page.waitForTimeout(1500);
		expect(appCode(requests)).toEqual([]);
		const box = (await page.locator('iframe').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
		await frame.locator('main.hydrated').waitFor({ timeout: 30_000 });
		expect(appCode(requests).length).toBeGreaterThan(0);
		await page.close();
	});

	it('draws its year axis under the right years before it is used', async () => {
		const { page } = await open('embed/');
		expect(await started(page)).toBe(0);
		const plot = (await page.getByTestId('timeline-chart').locator('.plot').boundingBox())!;
		const ticks = await page
			.getByTestId('year-ticks')
			.locator('.tick')
			.evaluateAll((gs) =>
				gs.map((g) => {
					const line = g.querySelector('line')!.getBoundingClientRect();
					const text = g.querySelector('text')?.getBoundingClientRect();
					return { x: line.left, label: text && (text.left + text.right) / 2 };
				})
			);
		expect(ticks.length).toBeGreaterThanOrEqual(14);
		// A tick every 1 January: evenly spaced across the plot, each label centred on its tick.
		const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i].x);
		const year = plot.width / (ticks.length + 0.5);
		for (const gap of gaps) expect(gap).toBeGreaterThan(year * 0.9);
		expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(3);
		expect(ticks.at(-1)!.x).toBeGreaterThan(plot.x + plot.width * 0.85);
		const labelled = ticks.filter((t) => t.label !== undefined);
		expect(labelled.length).toBeGreaterThanOrEqual(2);
		for (const t of labelled) expect(Math.abs(t.label! - t.x)).toBeLessThan(2);
		await page.close();
	});

	it('draws the patterns, US-forces hatching and uncertain rings before it is used', async () => {
		const { page } = await open('embed/');
		expect(await started(page)).toBe(0);
		const map = page.locator('svg.svg-map');
		const kinds = await map
			.locator('[data-overlay]')
			.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-overlay')))]);
		expect(kinds.sort()).toEqual(['hatch', 'pattern', 'ring']);
		const drawn = PNG.sync.read(await map.screenshot());
		await map.evaluate((svg) =>
			svg.querySelectorAll('[data-overlay]').forEach((el) => el.remove())
		);
		const bare = PNG.sync.read(await map.screenshot());
		let differ = 0;
		for (let i = 0; i < drawn.data.length; i += 4)
			if (
				Math.abs(drawn.data[i] - bare.data[i]) + Math.abs(drawn.data[i + 1] - bare.data[i + 1]) >
				40
			)
				differ++;
		// Dots over a third of the land and hatching over the US-forces countries: far more than 2%.
		expect(differ / (drawn.width * drawn.height)).toBeGreaterThan(0.02);
		await page.close();
	});

	it('is dark from the first paint for a reader whose system prefers it, and stays so', async () => {
		for (const path of ['embed/', '']) {
			const { page } = await open(path, { colorScheme: 'dark' });
			expect(await started(page)).toBe(0);
			const look = () =>
				page.evaluate(() => {
					const fill = (selector: string) =>
						getComputedStyle(document.querySelector(selector)!).fill;
					return {
						page: getComputedStyle(document.body).backgroundColor,
						china: fill('svg.svg-map [data-id="CHN"]'),
						usa: fill('svg.svg-map [data-id="USA"]'),
						uncoded: fill('svg.svg-map .country:not([data-id])'),
						chart: fill('[data-testid="timeline-chart"] path[data-stance="allowed"]')
					};
				});
			const before = await look();
			// The dark palette's page, vendors' home, banned, not yet reviewed and allowed.
			expect(before).toEqual({
				page: 'rgb(13, 17, 23)',
				china: 'rgb(95, 100, 107)',
				usa: 'rgb(255, 189, 208)',
				uncoded: 'rgb(58, 63, 71)',
				chart: 'rgb(63, 143, 230)'
			});
			await page.keyboard.press('Shift');
			await page.locator('main.hydrated').waitFor({ timeout: 30_000 });
			expect(await page.locator('main').getAttribute('data-theme')).toBe('dark');
			expect(await look()).toEqual(before);
			await page.close();
		}
	});

	it('has no axe violations at any impact before it is used, light or dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const)
			for (const path of ['embed/', '', 'y/2020/']) {
				const { page } = await open(path, { colorScheme });
				expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
				expect(await started(page)).toBe(0);
				await page.close();
			}
	});

	it('starts at once when the URL names a view, and shows it', async () => {
		const { page, requests } = await open('embed/?date=2015-06-01');
		await page.locator('main.hydrated').waitFor({ timeout: 30_000 });
		expect(appCode(requests).some((p) => p.includes('/nodes/'))).toBe(true);
		await expect(page.getByTestId('date').textContent()).resolves.toBe('1 June 2015');
		await page.close();
	});

	it('answers the first hover with the tooltip, fetching the dataset with its code, once', async () => {
		const { page, requests } = await open('embed/');
		const p = await pointOnMap(page, AUSTRALIA);
		await page.mouse.move(p.x, p.y);
		await page.locator('.tooltip strong', { hasText: 'Australia' }).waitFor({ timeout: 30_000 });
		// Preloaded with the code (laterModules), and the app's own fetch took that response.
		expect(requests.filter((p) => p.endsWith(DATASET))).toEqual([DATASET]);
		const initiators = await page.evaluate(
			`performance.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('${DATASET}')).map((e) => e.initiatorType)`
		);
		expect(initiators).toEqual(['link']);
		await page.close();
	});

	it('opens the country of a click made before the app had started, once', async () => {
		const { page } = await open('embed/');
		const p = await pointOnMap(page, GERMANY);
		// A click with no move before it, as a tap gives: the app starts on it.
		await page.mouse.click(p.x, p.y);
		const panel = page.getByTestId('details');
		await panel.locator('h2', { hasText: 'Germany' }).waitFor({ timeout: 30_000 });
		await page.waitForTimeout(500);
		await expect(panel.locator('h2', { hasText: 'Germany' }).count()).resolves.toBe(1);
		await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('DEU');
		await page.close();
	});

	it('opens the country of a tap on a phone made before the app had started', async () => {
		const page = await chromium().newPage({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		await page.goto(`${base}embed/`, { waitUntil: 'load' });
		await page.waitForTimeout(800);
		expect(await started(page)).toBe(0);
		const p = await pointOnMap(page, AUSTRALIA);
		await page.touchscreen.tap(p.x, p.y);
		await page
			.getByTestId('details')
			.locator('h2', { hasText: 'Australia' })
			.waitFor({ timeout: 30_000 });
		await page.close();
	});

	it('moves the date with the keyboard from the first key', async () => {
		const { page } = await open('embed/');
		const before = await page.getByTestId('slider').inputValue();
		await page.getByTestId('slider').focus();
		await page.keyboard.press('ArrowLeft');
		await expect
			.poll(() => page.getByTestId('slider').inputValue(), { timeout: 30_000 })
			.toBe(String(Number(before) - 1));
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).not.toBeNull();
		await page.close();
	});
});

/** A phone-sized embed page whose layout shifts are summed as they happen. */
async function phoneEmbed(
	query: string,
	{ withApp, width = 412 }: { withApp: boolean; width?: number }
) {
	const page = await chromium().newPage({
		viewport: { width, height: 823 },
		isMobile: true,
		hasTouch: true
	});
	// Without the app's code the page shows what its HTML and head script alone give.
	if (!withApp) await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.addInitScript(() => {
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number }[]) w.shifted += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${base}embed/${query}`, { waitUntil: 'load' });
	return page;
}
const shifted = (page: Page) =>
	page.evaluate(() => (window as unknown as { shifted: number }).shifted);
const shown = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('an embed whose URL asks for a layout has it from the first paint', () => {
	it('gives a country’s card its place before the app runs', async () => {
		const page = await phoneEmbed('?date=2020-07-14&country=GBR', { withApp: false });
		await page.waitForTimeout(500);
		expect(await started(page)).toBe(0);
		expect(await page.locator('html.asks-country').count()).toBe(1);
		for (const gone of ['.toolbar', '.legend', '[data-testid="slider"]'])
			expect(await shown(page, gone), gone).toBe(false);
		expect(await shown(page, '[data-testid="map-date"]')).toBe(true);
		expect(await shown(page, 'svg.svg-map')).toBe(true);
		// What follows the card waits for it, so that the card does not push it down.
		expect(await shown(page, '.credits')).toBe(false);
		await page.close();
	});

	it('hides the slider and the title asked away before the app runs', async () => {
		const page = await phoneEmbed('?controls=0&title=0', { withApp: false });
		await page.waitForTimeout(500);
		expect(await shown(page, '[data-testid="slider"]')).toBe(false);
		expect(await shown(page, '[data-testid="map-date"]')).toBe(true);
		const title = await page.locator('h1.embed-title').boundingBox();
		expect(title!.width * title!.height).toBeLessThanOrEqual(1);
		expect(await shown(page, '.toolbar')).toBe(true);
		await page.close();
	});

	it('hides the baked US-forces hatching before the app runs when the URL hides US forces', async () => {
		for (const [query, hatched] of [
			['?military=0', false],
			['?controls=0', true]
		] as const) {
			const page = await phoneEmbed(query, { withApp: false });
			await page.locator('svg.svg-map rect[data-overlay="pattern"]').first().waitFor();
			expect(await shown(page, 'svg.svg-map rect[data-overlay="hatch"]'), query).toBe(hatched);
			await page.close();
		}
	});

	// Before the head script, the toolbar, chart and legend vanishing moved the map: 0.26. Then
	// the card pushed what follows it down: 0.028 at 412 px, 0.098 at 640. At 640 px the card
	// still grows by a line or two when its sources' words arrive: 0.0065.
	it.each([
		[412, 0.001],
		[640, 0.02]
	])(
		'at %i px moves (almost) nothing when the app starts and opens the card',
		async (width, most) => {
			const page = await phoneEmbed('?date=2020-07-14&country=GBR', { withApp: true, width });
			const card = page.getByTestId('details').locator('h2', { hasText: 'United Kingdom' });
			await card.waitFor({ timeout: 30_000 });
			await page.getByTestId('checked-through').waitFor({ state: 'attached' });
			await page.waitForTimeout(500);
			expect(await shifted(page)).toBeLessThan(most);
			expect(await page.locator('html[class*="asks-"]').count()).toBe(0);
			expect(await shown(page, '.credits')).toBe(true);
			await page.close();
		}
	);

	it('brings the toolbar back when the country asked for is unknown', async () => {
		const page = await phoneEmbed('?country=XYZ', { withApp: true });
		await page.locator('main.hydrated').waitFor({ timeout: 30_000 });
		await expect.poll(() => shown(page, '.toolbar')).toBe(true);
		expect(await shown(page, '.legend')).toBe(true);
		await page.close();
	});
});
