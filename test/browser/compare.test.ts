import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compareMatrix } from '../../src/lib/model/compareMatrix';
import { decodeDataset, type WireDataset } from '../../src/lib/model/eventCodec';
import { MAP_COLORS } from '../../src/lib/model/palette';
import {
	axeViolations,
	hexToRgb,
	isolatedPage,
	mapReady,
	pixelsAround,
	pointOnMap,
	sharedBrowser,
	shareOf,
	sidewaysOverflow
} from '../support/browser';

/**
 * The compare view in Chromium: the map painted by how countries moved between two dates, the
 * transition matrix, its filter, the movers, the URL, the embed and a phone. Expectations come
 * from the model run on the published data.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const dataset = decodeDataset(
	JSON.parse(readFileSync('static/data/stances.json', 'utf8')) as unknown as WireDataset
);
const FROM = '2018-11-22';
const TO = '2026-11-01';
const QUERY = `view=compare&from=${FROM}&to=${TO}`;
const expected = compareMatrix(dataset.countries, FROM, TO, 'huawei');
const BERLIN: [number, number] = [10.4, 51.1];

async function open(path: string, width = 1200): Promise<Page> {
	const page = await isolatedPage(chromium(), { viewport: { width, height: 900 } });
	await page.goto(base + path);
	await mapReady(page);
	return page;
}
const cellCounts = (page: Page) =>
	page
		.getByTestId('compare-matrix')
		.locator('tbody td[data-count]')
		.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))));

describe('the compare view', () => {
	it('shows a matrix whose cells sum to the number of countries, as the model counts them', async () => {
		const page = await open(`?${QUERY}`);
		const counts = await cellCounts(page);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(dataset.countries.length);
		const nonZero = Object.values(expected.cells).flatMap((row) =>
			Object.values(row).filter((n) => n > 0)
		);
		expect(counts.filter((n) => n > 0).sort()).toEqual(nonZero.sort());
		// Germany went from briefed to restricted: painted as tightened.
		const px = await pixelsAround(page, BERLIN, 4);
		expect(shareOf(px, hexToRgb(MAP_COLORS.tightened))).toBeGreaterThan(0.5);
		await page.close();
	});

	it('filters the map and the list to a clicked cell, and gives the pair in the panel', async () => {
		const page = await open(`?${QUERY}`);
		const point = await pointOnMap(page, BERLIN);
		await page.mouse.move(point.x, point.y);
		await expect(page.locator('.tooltip').textContent()).resolves.toContain(
			'Briefed by US officials → Restricted (tightened)'
		);
		const matrix = page.getByTestId('compare-matrix');
		const cell = matrix.getByRole('button', { name: /Briefed by US officials → Restricted/ });
		await cell.click();
		await expect(cell.getAttribute('aria-pressed')).resolves.toBe('true');
		const ids = await page
			.getByTestId('compare-list')
			.locator('li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
		const inCell = expected.transitions
			.filter((t) => t.from === 'briefed' && t.to === 'restricted')
			.map((t) => t.id);
		expect(ids.sort()).toEqual(inCell.sort());
		expect(ids).toContain('DEU');
		// Countries outside the cell are dimmed on the map; Germany is not.
		const dimmed = await page
			.locator('[data-first-paint] path.country[data-id="FRA"]')
			.first()
			.getAttribute('fill-opacity');
		expect(Number(dimmed)).toBeLessThan(1);
		await page.getByTestId('compare-list').getByRole('button', { name: 'Germany' }).click();
		await page.getByTestId('details').locator('h2', { hasText: 'Germany' }).waitFor();
		await expect(page.getByTestId('compare-pair').textContent()).resolves.toMatch(
			/Briefed by US officials → Restricted \(tightened\)/
		);
		await expect(page.getByTestId('details').locator('.in-span').count()).resolves.toBeGreaterThan(
			0
		);
		await page.close();
	});

	it('keeps its dates in the URL across a reload, and moves with the date pickers', async () => {
		const page = await open(`?${QUERY}`);
		const from = page.getByTestId('compare-from');
		await from.focus();
		await from.fill('2020-01-01');
		await from.dispatchEvent('change');
		await page.waitForURL(/from=2020-01-01/);
		await page.reload();
		await mapReady(page);
		await expect(page.getByTestId('compare-from').inputValue()).resolves.toBe('2020-01-01');
		await expect(page.getByTestId('compare-to').inputValue()).resolves.toBe(TO);
		const counts = await cellCounts(page);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(dataset.countries.length);
		await page.close();
	});

	it('paints the moves in the zoom engine too (renderer=webgl)', async () => {
		const page = await open(`?${QUERY}&renderer=webgl`);
		const map = page.getByTestId('map');
		await expect.poll(() => map.getAttribute('data-renderer'), { timeout: 60_000 }).toBe('webgl');
		await mapReady(page);
		const px = await pixelsAround(page, BERLIN, 4);
		expect(shareOf(px, hexToRgb(MAP_COLORS.tightened), 16)).toBeGreaterThan(0.5);
		await page.close();
	});

	it('works in the embed and on a 375 px phone without sideways scroll', async () => {
		const page = await open(`embed/?${QUERY}`, 375);
		// The compare view's code loads on use: the map may be ready before it is drawn.
		await page.getByTestId('compare-matrix').waitFor();
		await expect(page.getByTestId('compare-matrix').count()).resolves.toBe(1);
		await expect(sidewaysOverflow(page)).resolves.toBe(0);
		await page.close();
	});

	it('passes axe at every impact, with a cell chosen', async () => {
		const page = await open(`?${QUERY}`);
		await page.getByTestId('compare-matrix').getByRole('button').first().click();
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
