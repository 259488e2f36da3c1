import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { label } from '../../src/lib/i18n';
import { decodeDataset, type WireDataset } from '../../src/lib/model/eventCodec';
import { mapClassAt } from '../../src/lib/model/mapClass';
import { uncertainAt } from '../../src/lib/model/uncertainAt';
import { axeViolations, isolatedPage, mapReady, sharedBrowser } from '../support/browser';

/**
 * The living record in Chromium: embeds pinned to a version, corrections in place, the report
 * link and the changes page. Expectations come from the published files themselves.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const versions: { id: string }[] = JSON.parse(
	readFileSync('static/data/versions.json', 'utf8')
).versions;
const FIRST = versions[0].id;
const datasetOf = (path: string) =>
	decodeDataset(JSON.parse(readFileSync(path, 'utf8')) as unknown as WireDataset);
const first = datasetOf(`static/data/v/${FIRST}/stances.json`);
const latest = datasetOf('static/data/stances.json');
/** The day the corrected Grenell letter row (DEU-002) differs between the two versions. */
const DAY = '2019-03-09';
const huaweiLabel = (dataset: typeof latest) =>
	label(
		mapClassAt(
			dataset.countries.find((c) => c.id === 'DEU')!,
			DAY,
			'huawei'
		)
	);

async function open(path: string, width = 900): Promise<Page> {
	const page = await isolatedPage(chromium(), { viewport: { width, height: 900 } });
	await page.goto(base + path);
	await mapReady(page);
	return page;
}
const huaweiNow = (page: Page) => page.getByTestId('details').locator('dd').first().textContent();

describe('embeds pinned "as published"', () => {
	it('shows the first version’s stance for a row v3 corrected, while the latest shows the new one', async () => {
		expect(huaweiLabel(first)).not.toBe(huaweiLabel(latest));
		const pinned = await open(`embed/?date=${DAY}&country=DEU&v=${FIRST}`);
		await expect(pinned.getByTestId('data-version').textContent()).resolves.toMatch(
			/Data as of 29 November 2026 · \d+ changes since/
		);
		await expect(huaweiNow(pinned)).resolves.toContain(huaweiLabel(first));
		await pinned.close();
		const live = await open(`embed/?date=${DAY}&country=DEU`);
		await expect(huaweiNow(live)).resolves.toContain(huaweiLabel(latest));
		await expect(live.getByTestId('data-version').count()).resolves.toBe(0);
		await live.close();
	});

	it('falls back to the latest data for an unknown version, and says so', async () => {
		const page = await open(`embed/?date=${DAY}&country=DEU&v=1999-01-01`);
		await expect(page.getByTestId('data-version').textContent()).resolves.toContain(
			'“1999-01-01” was not found'
		);
		await expect(huaweiNow(page)).resolves.toContain(huaweiLabel(latest));
		await page.close();
	});
});

describe('corrections and reports', () => {
	it('notes a corrected date next to the event, links the release, and offers a prefilled report', async () => {
		const page = await open('?country=DEU&date=2019-03-12', 1280);
		const note = page.getByTestId('correction').first();
		await note.waitFor();
		await expect(note.textContent()).resolves.toContain('the date was 8 March 2019');
		await expect(note.locator('a').getAttribute('href')).resolves.toMatch(
			/changes\/#v-\d{4}-\d{2}-\d{2}$/
		);
		const report = page.getByTestId('report-correction').first();
		const href = (await report.getAttribute('href'))!;
		expect(href.startsWith('mailto:?subject=')).toBe(true);
		expect(decodeURIComponent(href)).toContain('Country: Germany (DEU)');
		await page.close();
	});
});

describe('certainty on the map', () => {
	it('rings a country whose stance rests on an uncertain row, in the map, the legend and the table', async () => {
		// A known case from the data: the first country whose latest Huawei row is uncertain.
		const date = '2021-01-01';
		const marked = latest.countries.filter((c) => uncertainAt(c, date, 'huawei'));
		expect(marked.length).toBeGreaterThan(0);
		const page = await open(`?date=${date}`, 1280);
		await expect
			.poll(() => page.locator(`.outline.uncertain[data-for="${marked[0].id}"]`).count())
			.toBe(1);
		await expect(
			page.getByTestId('legend-uncertain').locator('.count').textContent()
		).resolves.toBe(String(marked.length));
		await page.close();
		const table = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await table.goto(`${base}?date=${date}&view=table`);
		await table.getByTestId('table').waitFor();
		const row = table.getByTestId('table').locator('tr', { hasText: marked[0].name }).first();
		await expect(row.textContent()).resolves.toContain('(uncertain)');
		await table.close();
	});
});

describe('the changes page', () => {
	it('lists every release newest first, links countries, and has no axe violations', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1000, height: 900 } });
		await page.goto(`${base}changes/`);
		const list = page.getByTestId('changes');
		await list.waitFor();
		const ids = await page.locator('section[id^="v-"]').evaluateAll((s) => s.map((e) => e.id));
		expect(ids).toEqual(versions.map((v) => `v-${v.id}`).reverse());
		await expect(
			page.locator('[data-change="changed"] ins').first().textContent()
		).resolves.toBeTruthy();
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('has an edition in each language that runs no script and links to the others', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1000, height: 900 } });
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(`${base}de/changes/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
		await expect(page.locator('h1').textContent()).resolves.toBe(
			'Was sich an den Daten geändert hat'
		);
		expect(scripts).toEqual([]);
		const country = page.getByTestId('changes').locator('li[data-change] a').first();
		await expect(country.getAttribute('href')).resolves.toMatch(/[?&]lang=de(&|$)/);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: '日本語' }).click();
		await page.waitForURL(/\/ja\/changes\/$/);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(
			(url) => url.pathname.endsWith('/changes/') && !/\/ja\//.test(url.pathname)
		);
		await page.close();
	});
});
