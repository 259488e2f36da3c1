import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { projectToFrame } from '../../src/lib/map/frameSize';
import { DARK_MAP_COLORS } from '../../src/lib/model/palette';
import {
	hexToRgb,
	sharedBrowser,
	mapReady,
	pixels,
	shareOf,
	isolatedPage
} from '../support/browser';

const base = inject('baseUrl');
const chromium = sharedBrowser();

async function open(query: string, viewport = { width: 1280, height: 900 }, touch = false) {
	const page = await isolatedPage(chromium(), { viewport, hasTouch: touch, isMobile: touch });
	await page.goto(base + query);
	if (query.includes('view=table')) await page.getByTestId('table').waitFor();
	else await mapReady(page);
	return page;
}

/**
 * How far the first outline of a kind reaches beyond its country, in screen pixels: half its
 * width along straight edges, up to its whole width at mitred corners.
 */
const reach = (page: Page, cls: string) =>
	page
		.locator(`svg.svg-map .outline.${cls}`)
		.first()
		.evaluate((band: SVGPathElement) => {
			const svg = band.ownerSVGElement!;
			const shapes = svg.querySelectorAll<SVGPathElement>(`.country[data-id="${band.dataset.id}"]`);
			const left = Math.min(...[...shapes].map((s) => s.getBBox().x));
			return (left - band.getBBox().x) * svg.getScreenCTM()!.a;
		});

/** Where a place is on screen in the SVG map's current view (region views zoom its viewBox). */
async function onScreen(page: Page, lngLat: [number, number]) {
	const [fx, fy] = projectToFrame(...lngLat);
	return page.evaluate(
		([x, y]) => {
			const svg = document.querySelector<SVGSVGElement>('svg.svg-map')!;
			const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
			return { x: p.x, y: p.y };
		},
		[fx, fy]
	);
}
const viewBox = (page: Page) => page.locator('svg.svg-map').getAttribute('viewBox');

describe('region views', () => {
	it('shows Europe from region=europe, keeps it on reload, and goes back to the world', async () => {
		const first = await open('');
		const world = await viewBox(first);
		await first.close();
		const page = await open('?region=europe');
		const europe = await viewBox(page);
		expect(europe).not.toBe(world);
		const button = page.locator('[data-testid="region"] button[data-region="europe"]');
		expect(await button.getAttribute('aria-pressed')).toBe('true');
		await page.reload();
		await mapReady(page);
		expect(await viewBox(page)).toBe(europe);
		await page.locator('[data-testid="region"] button[data-region="world"]').click();
		await expect.poll(() => viewBox(page)).toBe(world);
		await expect.poll(() => page.url()).not.toContain('region=');
		await page.locator('[data-testid="region"] button[data-region="mea"]').click();
		await expect.poll(() => page.url()).toContain('region=mea');
		await page.close();
	});

	it.each([
		['Luxembourg', [6.13, 49.78]],
		['Malta', [14.44, 35.9]],
		['Kosovo', [20.9, 42.6]],
		['Estonia', [25.5, 58.7]],
		['Latvia', [24.9, 56.9]],
		['Lithuania', [23.9, 55.3]]
	] as const)('lets a phone tap %s in the Europe view', async (name, lngLat) => {
		const page = await open('?region=europe', { width: 375, height: 812 }, true);
		await page.getByTestId('map').scrollIntoViewIfNeeded();
		const p = await onScreen(page, [...lngLat]);
		await page.touchscreen.tap(p.x, p.y);
		await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe(name);
		await page.close();
	});
});

describe('layout', () => {
	it('leaves no blank band under the map when a panel is open on a wide screen', async () => {
		for (const width of [1024, 1280]) {
			const page = await open('?country=DEU', { width, height: 900 });
			const map = (await page.getByTestId('map').boundingBox())!;
			const panel = (await page.getByTestId('details').boundingBox())!;
			expect(panel.x).toBeGreaterThan(map.x + map.width - 1);
			expect(Math.abs(panel.y - map.y)).toBeLessThan(2);
			expect(Math.abs(panel.y + panel.height - (map.y + map.height))).toBeLessThan(2);
			await page.close();
		}
	});

	it('opens a country as a bottom sheet on a phone, keeping the map in view', async () => {
		const page = await open('', { width: 375, height: 812 }, true);
		const map = page.getByTestId('map');
		expect((await map.boundingBox())!.y).toBeLessThan(812);
		const search = page.getByTestId('country-search');
		await search.fill('Australia');
		await search.press('Enter');
		const sheet = page.getByTestId('details');
		await expect.poll(() => sheet.locator('h2').textContent()).toBe('Australia');
		await expect
			.poll(async () => {
				const m = (await map.boundingBox())!;
				const s = (await sheet.boundingBox())!;
				return m.y >= -1 && m.y + m.height <= s.y + 1;
			})
			.toBe(true);
		const s = (await sheet.boundingBox())!;
		expect(s.y + s.height).toBeCloseTo(812, 0);
		await page.keyboard.press('Escape');
		await expect.poll(() => sheet.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-search');
		await page.close();
	});

	it('keeps screenshots at 375, 768 and 1280 px with a country open', async () => {
		mkdirSync('test-results', { recursive: true });
		for (const width of [375, 768, 1280]) {
			const page = await open('?date=2020-08-01&country=GBR', { width, height: 900 }, width < 500);
			await page.screenshot({ path: `test-results/story-${width}.png` });
			await page.close();
		}
	});
});

describe('the stance chart and milestones', () => {
	it('draws the stances over time, marks milestones, reads counts on hover and scrubs on click', async () => {
		const page = await open('?date=2026-01-01');
		const chart = page.getByTestId('timeline-chart');
		const milestones = readFileSync('data/milestones.csv', 'utf8').trim().split('\n').length - 1;
		expect(await chart.getByTestId('milestone').count()).toBe(milestones);
		expect(await chart.locator('path[data-stance]').count()).toBe(5);
		const box = (await chart.locator('.plot svg').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
		await expect.poll(() => chart.locator('.readout').textContent()).toMatch(/\d{4}: .*\d/);
		// 1 px in: beside the legend (a laptop's layout) a month is under 4 px of the chart.
		await page.mouse.click(box.x + 1, box.y + box.height / 2);
		await expect.poll(() => page.url()).toContain('date=2012-01-01');
		// The rule marks the date: at the left end now, at the right end after End (today). The
		// chart's width follows the date's label, so each is measured against the chart as drawn.
		const ruleShare = () =>
			Promise.all([
				chart.getByTestId('chart-rule').boundingBox(),
				chart.locator('.plot svg').boundingBox()
			]).then(([rule, svg]) => (rule!.x - svg!.x) / svg!.width);
		await expect.poll(ruleShare).toBeCloseTo(0, 3);
		await page.getByTestId('slider').focus();
		await page.keyboard.press('End');
		await expect.poll(ruleShare).toBeCloseTo(1, 3);
		await page.close();
	});

	it('lists the milestones in the table view with their sources', async () => {
		const page = await open('?view=table');
		const list = page.getByTestId('milestones');
		const rows = readFileSync('data/milestones.csv', 'utf8').trim().split('\n').length - 1;
		expect(await list.locator('li').count()).toBe(rows);
		await list.locator('a[target="_blank"]').first().waitFor();
		await page.close();
	});

	it('names the span of a long step and the month of each change', async () => {
		const page = await open('?date=2019-01-01');
		await page.getByTestId('slider').focus();
		await page.keyboard.press('End');
		const line = page.getByTestId('change-line');
		await expect
			.poll(() => line.textContent())
			.toMatch(/^Since January 2019: .+ \([A-Z][a-z]+ \d{4}\)/);
		await page.close();
	});
});

describe('the dark theme', () => {
	it('draws the map and the legend in the dark palette, the same colours in both', async () => {
		const page = await open('embed/?theme=dark&date=2021-01-01&military=0');
		const swatch = page.locator('[data-testid="legend"] [data-stance="none"] rect');
		expect(await swatch.getAttribute('fill')).toBe(DARK_MAP_COLORS.none);
		const fills = await page
			.locator('svg.svg-map .country[data-id="AUS"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
		expect(new Set(fills)).toEqual(new Set([DARK_MAP_COLORS.banned]));
		// Mongolia: searched, nothing found, drawn in the dark `none` grey, not near-white.
		const p = await onScreen(page, [103, 46.5]);
		const px = await pixels(page, {
			x: Math.round(p.x) - 3,
			y: Math.round(p.y) - 3,
			width: 6,
			height: 6
		});
		expect(shareOf(px, hexToRgb(DARK_MAP_COLORS.none))).toBeGreaterThan(0.5);
		await page.close();
	});
});

describe('social previews', () => {
	it('gives every year a page with its own preview image and alt text, in the build', () => {
		const years = readFileSync('build/index.html', 'utf8');
		expect(years).toMatch(/<meta property="og:image" content="[^"]*og\/\d{4}\.png"/);
		for (const year of [2012, 2019, 2026]) {
			const html = readFileSync(`build/y/${year}/index.html`, 'utf8');
			const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1];
			expect(image).toMatch(new RegExp(`og/${year}\\.png$`));
			expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
			expect(html).toMatch(
				/<meta property="og:image:alt" content="World map of government stances/
			);
			// Absolute (SITE_URL is required for a build): platforms ignore a relative og:image.
			expect(image).toMatch(/^https?:\/\//);
			const png = readFileSync(`build/${new URL(image).pathname.replace(/^\//, '')}`);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});

	it('opens a year page at that year, with that year on the first paint', async () => {
		const page = await open('y/2019/');
		expect(await page.getByTestId('date').textContent()).toBe('31 December 2019');
		const australia = await page
			.locator('svg.svg-map .country[data-id="AUS"]')
			.first()
			.getAttribute('fill');
		expect(australia).toBe('#5c0a1e');
		await page.close();
	});
});

describe('open data and emphasis', () => {
	it('offers the dataset as CSV, and the table as shown', async () => {
		const page = await open('?view=table&date=2021-01-01');
		const [data] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-data').click()
		]);
		expect(readFileSync((await data.path())!, 'utf8')).toBe(
			readFileSync('data/events.csv', 'utf8')
		);
		const [table] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('table-download').click()
		]);
		const lines = readFileSync((await table.path())!, 'utf8')
			.trim()
			.split('\n');
		const rows = page.getByTestId('table').locator('tbody tr');
		expect(lines.length - 1).toBe(await rows.count());
		expect(lines[1].split(',')[0]).toBe(
			(await rows.first().locator('th button').textContent())?.trim()
		);
		await page.close();
	});

	it('rings a country that just changed more lightly than the one the reader chose', async () => {
		const page = await open('?date=2020-07-01&country=DEU');
		await page.getByTestId('slider').focus();
		await page.keyboard.press('ArrowRight');
		await page.locator('svg.svg-map .outline.changed').first().waitFor();
		const [changed, selected] = [await reach(page, 'changed'), await reach(page, 'selected')];
		expect(changed).toBeGreaterThan(0);
		expect(changed).toBeLessThan(selected);
		expect(changed).toBeLessThanOrEqual(0.8 + 0.05);
		await page.close();
	});

	it('keeps the selected outline as wide on screen when the window narrows', async () => {
		const page = await open('?date=2020-07-01&country=DEU');
		await page.locator('svg.svg-map .outline.selected').waitFor();
		const wide = await reach(page, 'selected');
		await page.setViewportSize({ width: 640, height: 900 });
		// Unkept, it would halve with the map; rounding to the frame's grid moves it a little.
		await expect.poll(async () => (await reach(page, 'selected')) / wide).toBeGreaterThan(0.85);
		expect((await reach(page, 'selected')) / wide).toBeLessThan(1.15);
		expect(wide).toBeGreaterThan(0.9);
		await page.close();
	});
});
