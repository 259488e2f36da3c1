import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { decodeDataset, type WireDataset } from '../../src/lib/model/eventCodec';
import type { CountryDetails } from '../../src/lib/model/types';
import {
	axeViolations,
	isolatedPage,
	mapReady,
	sharedBrowser,
	sidewaysOverflow
} from '../support/browser';

/**
 * The country pages: one per country with something on record and per language, readable with
 * JavaScript off, printable, linked from the map and the table, listed in the sitemap.
 * Expectations come from the generated data, not from copies of it.
 */
const base = inject('baseUrl');
/** The address the build was made for (npm test sets it): absolute links use it. */
const SITE = process.env.SITE_URL ?? 'http://127.0.0.1:4173/';
const chromium = sharedBrowser();
const dataset = decodeDataset(
	JSON.parse(readFileSync('static/data/stances.json', 'utf8')) as unknown as WireDataset
);
const withPage = dataset.countries.filter((c) => c.events.length || c.reviewed);
const details = (id: string): CountryDetails =>
	JSON.parse(readFileSync(`static/data/details/${id}.json`, 'utf8'));

describe('the build', () => {
	it('writes one page per covered country and language, and one preview image each', () => {
		for (const prefix of ['', 'de/', 'it/', 'ja/']) {
			const ids = readdirSync(`build/${prefix}country`).sort();
			expect(ids).toEqual(withPage.map((c) => c.id).sort());
		}
		for (const c of withPage) {
			const png = PNG.sync.read(readFileSync(`build/og/country/${c.id}.png`));
			expect([png.width, png.height]).toEqual([1200, 630]);
		}
	});

	it('puts every event’s source link and quote in the HTML, for readers without script', () => {
		for (const id of ['DEU', 'GBR', 'KEN']) {
			const html = readFileSync(`build/country/${id}/index.html`, 'utf8');
			expect(html).not.toMatch(/<script/);
			for (const e of details(id).events) {
				expect(html).toContain(`href="${e.source.url.replace(/&/g, '&amp;')}"`);
				const quote = e.source.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;');
				expect(html).toContain(
					quote
						.replace(/"/g, '&quot;')
						.slice(0, 40)
						.replace(/&quot;/g, '"')
				);
				expect(html).toContain(e.id);
			}
		}
	});

	it('lists every page in the sitemap, each country with its editions', () => {
		const xml = readFileSync('build/sitemap.xml', 'utf8');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
		for (const loc of locs) expect(existsSync(`build${loc}index.html`), loc).toBe(true);
		expect(locs).toContain('/de/country/DEU/');
		expect(locs.filter((l) => l.includes('/country/'))).toHaveLength(withPage.length * 4);
		expect(xml).toContain(`hreflang="ja" href="${SITE}ja/country/DEU/"`);
	});
});

describe('a country page in Chromium', () => {
	it('lists Germany’s events in date order, each with its source, and no control prints', async () => {
		const page = await isolatedPage(chromium(), {
			viewport: { width: 900, height: 900 },
			javaScriptEnabled: false
		});
		await page.goto(`${base}country/DEU/`);
		const dates = await page
			.getByTestId('country-events')
			.locator('time')
			.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		const deu = dataset.countries.find((c) => c.id === 'DEU')!;
		expect(dates).toEqual(deu.events.map((e) => e.date));
		expect(dates).toEqual([...dates].sort());
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		await expect(page.locator('.quote[open]').count()).resolves.toBe(deu.events.length);

		await page.emulateMedia({ media: 'print' });
		const visibleControls = await page
			.locator('button, input, select, nav')
			.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
		expect(visibleControls).toBe(0);
		const printedUrl = await page
			.locator('.source a')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(printedUrl).toContain('http');
		await page.close();
	});

	it('has its own title, canonical address, hreflang editions and preview in German', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 390, height: 800 } });
		await page.goto(`${base}de/country/DEU/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
		await expect(page.title()).resolves.toContain('Deutschland');
		await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(
			`${SITE}de/country/DEU/`
		);
		await expect(page.locator('link[hreflang]').count()).resolves.toBe(5);
		const og = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(og).toBe(`${SITE}og/country/DEU.png`);
		expect((await page.request.get(`${base}og/country/DEU.png`)).status()).toBe(200);
		// No sideways scroll on a phone.
		await expect(sidewaysOverflow(page)).resolves.toBe(0);
		await page.close();
	});

	it('leads back to the map at the country, which opens its panel', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1200, height: 900 } });
		await page.goto(`${base}country/JPN/`);
		await page.getByTestId('back-to-map').click();
		await mapReady(page);
		await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe('Japan');
		await page.close();
	});

	it('is reached from the panel’s and the table’s "Full timeline" links', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1200, height: 900 } });
		await page.goto(`${base}?country=DEU`);
		await mapReady(page);
		await page.getByTestId('details').getByTestId('country-page-link').click();
		await page.waitForURL(/\/country\/DEU\/$/);
		await page.goto(`${base}?view=table&lang=it`);
		await page.locator('main.hydrated').waitFor();
		const link = page.locator('table').getByTestId('country-page-link').first();
		await expect(link.getAttribute('href')).resolves.toMatch(/it\/country\/[A-Z]{3}\/$/);
		await page.close();
	});

	it('passes axe at every impact, in English and in Japanese', async () => {
		for (const path of ['country/DEU/', 'ja/country/GBR/', 'country/ISL/']) {
			const page = await isolatedPage(chromium(), { viewport: { width: 1000, height: 900 } });
			await page.goto(base + path);
			expect(await axeViolations(page), path).toEqual([]);
			await page.close();
		}
	});
});
