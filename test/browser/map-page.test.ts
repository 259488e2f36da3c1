import { mkdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { STANCE_COLORS } from '../../src/lib/model/palette';
import {
	axeViolations,
	collectErrors,
	hexToRgb,
	sharedBrowser,
	mapReady,
	pixelsAround,
	pointOnMap,
	shareOf,
	isolatedPage
} from '../support/browser';

const base = inject('baseUrl');
const AUSTRALIA: [number, number] = [122, -27];
const UK: [number, number] = [-1.5, 52.5];
const chromium = sharedBrowser();

async function open(query = '', width = 1280): Promise<{ page: Page; errors: string[] }> {
	const page = await isolatedPage(chromium(), { viewport: { width, height: 900 } });
	const errors = collectErrors(page);
	await page.goto(base + query);
	if (query.includes('view=table')) await page.getByTestId('table').waitFor();
	else await mapReady(page);
	return { page, errors };
}

const bannedShare = async (page: Page, where: [number, number], half = 8) =>
	shareOf(await pixelsAround(page, where, half), hexToRgb(STANCE_COLORS.banned));

describe('the map page in Chromium', () => {
	it('loads with no console errors and draws the SVG map', async () => {
		const { page, errors } = await open();
		expect(await page.getAttribute('[data-testid="map"]', 'data-renderer')).toBe('svg');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('paints Australia banned in September 2018 and not in June 2011', async () => {
		const after = await open('?date=2018-09-01');
		expect(await bannedShare(after.page, AUSTRALIA)).toBeGreaterThan(0.3);
		await after.page.close();
		const before = await open('?date=2011-06-01');
		expect(await bannedShare(before.page, AUSTRALIA)).toBe(0);
		await before.page.close();
	});

	it('changes colours with the company switch', async () => {
		// Without the US-forces hatching, and close in: Equal Earth draws the UK at its true size.
		const { page } = await open('?date=2021-06-01&company=huawei&military=0');
		expect(await bannedShare(page, UK, 3)).toBeGreaterThan(0.3);
		await page.getByText('ZTE', { exact: true }).click();
		await expect.poll(() => page.url()).toContain('company=zte');
		await mapReady(page);
		expect(await bannedShare(page, UK, 3)).toBeLessThan(0.05);
		await page.close();
	});

	it('moves the date and the URL with the keyboard on the slider', async () => {
		const { page } = await open('?date=2018-09-15');
		const slider = page.getByTestId('slider');
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.url()).toContain('date=2018-10-01');
		await page.keyboard.press('PageUp');
		await expect.poll(() => page.url()).toContain('date=2019-01-01');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => page.url()).toContain('date=2018-12-01');
		await page.keyboard.press('Home');
		await expect.poll(() => page.url()).toContain('date=2012-01-01');
		expect(await page.getByTestId('date').textContent()).toBe('1 January 2012');
		await page.close();
	});

	it('writes the URL once the reader settles, not at every key of a burst', async () => {
		const { page } = await open('?date=2018-09-15');
		// The Navigation API sees every same-document navigation, however the router calls it.
		await page.evaluate(() => {
			const w = window as unknown as { urlWrites: number; navigation: EventTarget };
			w.urlWrites = 0;
			w.navigation.addEventListener('currententrychange', () => w.urlWrites++);
		});
		await page.getByTestId('slider').focus();
		for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
		expect(await page.getByTestId('date').textContent()).toBe('1 March 2019');
		await expect.poll(() => page.url()).toContain('date=2019-03-01');
		// One write; two if the browser was slow between two presses. Never one per press.
		const writes = await page.evaluate(
			() => (window as unknown as { urlWrites: number }).urlWrites
		);
		expect(writes).toBeGreaterThanOrEqual(1);
		expect(writes).toBeLessThanOrEqual(2);
		await page.close();
	});

	it('opens a country clicked on the map with its dated, sourced events', async () => {
		const { page } = await open('?date=2019-01-01');
		const p = await pointOnMap(page, AUSTRALIA);
		await page.mouse.click(p.x, p.y);
		const details = page.getByTestId('details');
		await expect.poll(() => details.locator('h2').textContent()).toBe('Australia');
		await expect.poll(() => page.url()).toContain('country=AUS');
		const events = details.locator('ol.events > li');
		expect(await events.count()).toBeGreaterThanOrEqual(3);
		// Summaries and sources arrive on demand, after the dates and stances.
		await details.locator('a[target="_blank"]').first().waitFor();
		await expect.poll(() => details.locator('details.quote').count()).toBe(await events.count());
		const links = details.locator('a[target="_blank"]');
		expect(await links.count()).toBeGreaterThan(0);
		for (const link of await links.all()) {
			expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
			expect(await link.getAttribute('rel')).toContain('noopener');
		}
		await page.close();
	});

	it('lets the wheel scroll the page over the map, and a tap select a country', async () => {
		// 1000 px wide: a page taller than the screen (from 1024 px the page fits a laptop's screen).
		const { page } = await open('?date=2019-01-01', 1000);
		const p = await pointOnMap(page, AUSTRALIA);
		await page.mouse.move(p.x, p.y);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
		await page.close();

		const context = await chromium().newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		const phone = await context.newPage();
		await phone.goto(base + '?date=2019-01-01');
		await mapReady(phone);
		const q = await pointOnMap(phone, AUSTRALIA);
		await phone.touchscreen.tap(q.x, q.y);
		await expect
			.poll(() => phone.getByTestId('details').locator('h2').textContent())
			.toBe('Australia');
		await context.close();
	});

	it('reads the view from the URL and falls back on invalid values', async () => {
		const { page, errors } = await open('?date=2099-99-99&country=ZZZ&company=nokia');
		expect(await page.getByTestId('details').count()).toBe(0);
		expect(await page.locator('input[name="company"][value="huawei"]').isChecked()).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('closes the panel with Esc and returns focus to where it was', async () => {
		const { page } = await open('?date=2021-01-01');
		const search = page.getByTestId('country-search');
		await search.fill('Germany');
		await search.press('Enter');
		await expect
			.poll(() => page.getByTestId('details').locator('h2').textContent())
			.toBe('Germany');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.getByTestId('details').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-search');
		await page.close();
	});

	it('moves the slider to an event clicked in the panel, and dims later events', async () => {
		const { page } = await open('?date=2019-01-01&country=GBR');
		const later = page.getByTestId('details').locator('ol.events > li.later');
		expect(await later.count()).toBeGreaterThan(0);
		await later.first().locator('button.when').click();
		await expect.poll(() => page.url()).not.toContain('date=2019-01-01');
		await page.close();
	});

	it('counts countries per stance in the legend and highlights them on focus', async () => {
		const { page } = await open('?date=2021-01-01');
		const legend = page.getByTestId('legend');
		for (const stance of ['banned', 'restricted', 'pressured', 'briefed', 'allowed', 'none']) {
			expect(await legend.locator(`[data-stance="${stance}"]`).count()).toBe(1);
		}
		const banned = Number(
			await legend.locator('[data-stance="banned"] [data-testid="count"]').textContent()
		);
		expect(banned).toBeGreaterThan(0);
		await legend.locator('[data-stance="banned"]').focus();
		await mapReady(page);
		await page.getByTestId('map').scrollIntoViewIfNeeded();
		// Highlighting banned dims every other country: the UK (restricted then) fades.
		const uk = await pixelsAround(page, UK);
		expect(shareOf(uk, hexToRgb(STANCE_COLORS.restricted))).toBeLessThan(0.05);
		await page.close();
	});

	it('shows a sortable table as the text alternative', async () => {
		const { page } = await open('?date=2021-01-01&view=table');
		const table = page.getByTestId('table');
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(200);
		expect(await rows.first().locator('td').first().textContent()).toContain('Banned');
		await table.getByRole('button', { name: 'Country' }).click();
		expect(await rows.first().locator('th button').textContent()).toBe('Afghanistan');
		expect(await table.locator('th[aria-sort="ascending"]').count()).toBe(1);
		await page.close();
	});

	it('plays month by month and stops at the end', async () => {
		const { page } = await open('?date=2026-06-01');
		await page.getByTestId('play').click();
		await expect
			.poll(() => page.getByTestId('date').textContent(), { timeout: 15_000 })
			.toMatch(/November 2026/);
		await expect
			.poll(() => page.getByTestId('play').getAttribute('aria-label'))
			.toBe('Play through time');
		await page.close();
	});

	it('plays a calmer year at a time when the reader prefers reduced motion', async () => {
		const context = await chromium().newContext({
			reducedMotion: 'reduce',
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(base + '?date=2015-01-01');
		await mapReady(page);
		await page.getByTestId('play').click();
		await expect
			.poll(() => page.getByTestId('date').textContent(), { timeout: 10_000 })
			.toBe('1 January 2016');
		await page.getByTestId('play').click();
		expect(await page.getByTestId('date').textContent()).toMatch(/^1 January 201[67]$/);
		await context.close();
	});

	it('says what changed at a step', async () => {
		const { page } = await open('?date=2020-07-01');
		await page.getByTestId('slider').focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => page.getByTestId('change-line').textContent())
			.toContain('United Kingdom banned Huawei');
		// Screen readers hear the date and the counts once the reader settles.
		await expect
			.poll(() => page.getByTestId('announcer').textContent())
			.toMatch(/^1 August 2020\. Banned: \d+, Restricted: \d+/);
		await page.close();
	});

	it('has no axe violations at any impact: page, table view, embed, dark theme, Japanese', async () => {
		for (const query of [
			'?date=2021-01-01&country=DEU',
			'?view=table',
			'embed/?date=2021-01-01',
			'embed/?country=CHN',
			'embed/?theme=dark&country=DEU',
			'?lang=ja&country=JPN&region=asia-pacific'
		]) {
			const { page } = await open(query);
			expect(await axeViolations(page), query).toEqual([]);
			await page.close();
		}
	});

	it('offers iframe and loader snippets for the current view', async () => {
		const { page } = await open('?date=2019-05-15&company=zte');
		await page.getByTestId('embed-open').click();
		// Pinned to the latest published version by default, once the dialog has read it.
		await expect
			.poll(() => page.getByTestId('snippet-iframe').inputValue())
			.toMatch(/&amp;v=\d{4}-\d{2}-\d{2}/);
		const iframe = await page.getByTestId('snippet-iframe').inputValue();
		const loader = await page.getByTestId('snippet-loader').inputValue();
		expect(iframe).toContain(`src="${base}embed/?date=2019-05-15&amp;company=zte&amp;v=`);
		expect(loader).toContain('data-stance-map="?date=2019-05-15&amp;company=zte&amp;v=');
		expect(loader).toContain(`src="${base}embed.js"`);
		await page.keyboard.press('Escape');
		await page.close();
	});

	it('downloads the view as SVG and PNG with title, legend and source', async () => {
		const { page } = await open('?date=2020-08-01');
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-svg').click()
		]);
		expect(svgDownload.suggestedFilename()).toBe('stance-map-huawei-2020-08-01.svg');
		const svg = readFileSync((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('Who shut out Huawei and ZTE?');
		expect(svg).toContain('1 August 2020');
		expect(svg).toMatch(/Banned \(\d+\)/);
		expect(svg).toContain('Sources:');
		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-png').click()
		]);
		const png = PNG.sync.read(readFileSync((await pngDownload.path())!));
		expect(png.width).toBe(1920);
		expect(png.height).toBeGreaterThan(1000);
		await page.close();
	});

	it('takes the embed options: no slider, dark theme, playing', async () => {
		const { page } = await open('embed/?date=2015-01-01&controls=0&theme=dark');
		expect(await page.getByTestId('slider').count()).toBe(0);
		expect(await page.locator('.app').getAttribute('data-theme')).toBe('dark');
		expect(await page.getByRole('link', { name: 'Open the full map' }).getAttribute('href')).toBe(
			`${base}?date=2015-01-01`
		);
		await page.close();
		const playing = await open('embed/?date=2015-01-01&play=1');
		await expect
			.poll(() => playing.page.getByTestId('play').getAttribute('aria-label'))
			.toBe('Pause');
		await playing.page.close();
	});

	it('keeps screenshots at 375 and 1280 px wide as artefacts', async () => {
		mkdirSync('test-results', { recursive: true });
		for (const width of [375, 1280]) {
			const { page } = await open('?date=2020-08-01&country=GBR', width);
			await page.screenshot({ path: `test-results/map-${width}.png`, fullPage: true });
			const box = (await page.getByTestId('map').boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(width);
			expect(box.height).toBeGreaterThan(100);
			await page.close();
		}
	});
});
