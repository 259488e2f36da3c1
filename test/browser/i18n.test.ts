import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, sharedBrowser, mapReady, isolatedPage } from '../support/browser';

const base = inject('baseUrl');
const chromium = sharedBrowser();

const LANGUAGES = [
	{
		lang: 'de',
		march: 'März 2020',
		germany: 'Deutschland',
		month: 'Juli 2020'
	},
	{ lang: 'it', march: 'marzo 2020', germany: 'Germania', month: 'luglio 2020' },
	{ lang: 'ja', march: '2020年3月', germany: 'ドイツ', month: '2020年7月' }
] as const;
const en = JSON.parse(readFileSync('src/i18n/messages/en.json', 'utf8'));
const messages = (lang: string) =>
	JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8')) as Record<string, string>;

async function open(path: string, width = 1280, locale = 'en-GB') {
	const page = await isolatedPage(chromium(), { viewport: { width, height: 900 }, locale });
	const errors = collectErrors(page);
	await page.goto(base + path);
	await mapReady(page);
	return { page, errors };
}
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe.each(LANGUAGES)('the $lang edition', ({ lang, march, germany, month }) => {
	const t = messages(lang);
	it.each([
		['the page', ''],
		['the embed', 'embed/']
	])('speaks it on %s: html lang, dates, names, legend', async (_where, path) => {
		const { page, errors } = await open(`${path}?lang=${lang}&date=2020-03-01&country=DEU`);
		await expect.poll(() => htmlLang(page)).toBe(lang);
		expect(await page.getByTestId('date').textContent()).toContain(march);
		const details = page.getByTestId('details');
		expect(await details.locator('h2').textContent()).toBe(germany);
		const legend = page.getByTestId('legend');
		expect(await legend.locator('[data-stance="banned"] .label').textContent()).toBe(
			t.label_banned
		);
		expect(t.label_banned).not.toBe(en.label_banned);
		// Summaries stay English, marked so, with a note in the reader's language; the embed's
		// compact panel shows the latest event's source and a link to the full timeline instead.
		if (path) await details.getByTestId('country-page-link').waitFor();
		else {
			await details.locator('p[lang="en"]').first().waitFor();
			expect(await details.textContent()).toContain(t.english_note);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	it('words the change line and the downloaded SVG in the language', async () => {
		const { page } = await open(`?lang=${lang}&date=2020-07-01&military=0`);
		await page.getByTestId('slider').focus();
		await page.keyboard.press('ArrowRight');
		const line = page.getByTestId('change-line');
		await expect.poll(() => line.textContent()).toContain(month);
		expect(await line.textContent()).toContain('Huawei');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-svg').click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).toContain(
			t.title
				.replace(/&/g, '&#38;')
				.replace(/</g, '&#60;')
				.replace(/>/g, '&#62;')
				.replace(/"/g, '&#34;')
				.replace(/'/g, '&#39;')
		);
		expect(svg).toContain(t.label_restricted.replace(/'/g, '&#39;'));
		await page.close();
	});

	it('fits a 375 px phone without overflow, and keeps a screenshot', async () => {
		const { page } = await open(`?lang=${lang}&country=DEU`, 375);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(375);
		mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: `test-results/i18n-${lang}-375.png`, fullPage: true });
		await page.close();
	});
});

describe('choosing the language', () => {
	it('follows the reader’s browser language on the page, but not in the embed', async () => {
		const page = await open('', 1280, 'de-DE');
		await expect.poll(() => htmlLang(page.page)).toBe('de');
		await page.page.close();
		const embed = await open('embed/', 1280, 'de-DE');
		expect(await htmlLang(embed.page)).toBe('en');
		await embed.page.close();
	});

	it('switches language from the page, keeps it in the URL and in the embed snippet', async () => {
		const { page } = await open('?date=2020-03-01');
		await page.getByTestId('language').selectOption('it');
		await expect.poll(() => htmlLang(page)).toBe('it');
		await expect.poll(() => page.url()).toContain('lang=it');
		expect(await page.getByTestId('date').textContent()).toContain('marzo 2020');
		await page.getByTestId('embed-open').click();
		expect(await page.getByTestId('snippet-iframe').inputValue()).toContain('lang=it');
		await page.close();
	});

	it('finds a country by its localized or its English name', async () => {
		const { page } = await open('?lang=de');
		await page.getByTestId('country-search').fill('Vereinigtes Königreich');
		await page.getByTestId('country-search').press('Enter');
		await expect
			.poll(() => page.getByTestId('details').locator('h2').textContent())
			.toBe('Vereinigtes Königreich');
		await page.keyboard.press('Escape');
		await page.getByTestId('country-search').fill('Japan');
		await page.getByTestId('country-search').press('Enter');
		await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe('Japan');
		await page.close();
	});
});
