import { describe, expect, inject, it } from 'vitest';
import { isolatedPage, mapReady, sharedBrowser } from '../support/browser';

/**
 * Our own words in every edition (issue 18, item 11): milestone titles and US-forces notes are
 * translated (data/translations.csv); the sources' words stay English, marked as such.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();

describe('our own words in the other editions', () => {
	it('shows a German milestone title in the German edition, and the English one in English', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}?view=table&lang=de`);
		await page.getByTestId('milestones').waitFor();
		const titles = page.getByTestId('milestone-title');
		await expect
			.poll(() => titles.allTextContents())
			.toContain('Prager Vorschläge zur 5G-Sicherheit');
		await expect(titles.first().getAttribute('lang')).resolves.toBeNull();
		await page.goto(`${base}?view=table&lang=en`);
		await page.getByTestId('milestones').waitFor();
		await expect.poll(() => titles.allTextContents()).toContain('Prague Proposals on 5G security');
		await expect(titles.first().getAttribute('lang')).resolves.toBe('en');
		await page.close();
	});

	it('shows a US-forces note in Japanese, with Japanese punctuation round it', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}?country=DEU&date=2020-01-01&lang=ja`);
		await mapReady(page);
		const presence = page.getByTestId('presence');
		await expect.poll(() => presence.textContent()).toContain('ラムシュタイン空軍基地');
		// Our punctuation is Japanese; the source's name inside （） stays as its publisher writes it.
		const text = (await presence.textContent())!.replace(/\s+/g, '');
		expect(text).toMatch(/^2012年1月～現在：ラムシュタイン空軍基地、/);
		expect(text).toMatch(/撤回された（[^（）]*）$/);
		await page.close();
	});
});
