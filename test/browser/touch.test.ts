import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
	axeViolations,
	isolatedPage,
	mapReady,
	pointOnMap,
	sharedBrowser
} from '../support/browser';

/**
 * Small countries on a phone (issue 18, item 9): on a 390 px world map the Netherlands is 3×3 px,
 * so a tap that lands within a fingertip of several countries asks which one.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const NETHERLANDS: [number, number] = [5.3, 52.2];
const BRAZIL: [number, number] = [-50, -10];

async function phone(query = ''): Promise<Page> {
	const page = await isolatedPage(chromium(), {
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	await page.goto(base + query);
	await mapReady(page);
	await page.getByTestId('map').scrollIntoViewIfNeeded();
	return page;
}

async function tap(page: Page, where: [number, number]) {
	const p = await pointOnMap(page, where);
	await page.touchscreen.tap(p.x, p.y);
}

describe('a tap among small countries on a phone', () => {
	it('asks "Which country?" at the Netherlands, and opens the one chosen', async () => {
		const page = await phone();
		await tap(page, NETHERLANDS);
		const chooser = page.getByTestId('country-chooser');
		await chooser.waitFor();
		await expect(chooser.locator('h2').textContent()).resolves.toBe('Which country?');
		const names = await chooser.locator('li button .name').allTextContents();
		expect(names).toContain('Netherlands');
		expect(names.length).toBeGreaterThan(1);
		expect(names.length).toBeLessThanOrEqual(6);
		// The panel has not opened behind it, and no tooltip stays on screen.
		await expect(page.getByTestId('details').count()).resolves.toBe(0);
		await expect(page.locator('.tooltip').count()).resolves.toBe(0);
		expect(await axeViolations(page, '[data-testid="country-chooser"]')).toEqual([]);
		await chooser.getByRole('button', { name: /Netherlands/ }).tap();
		await expect
			.poll(() => page.getByTestId('details').locator('h2').textContent())
			.toBe('Netherlands');
		await expect(chooser.isVisible()).resolves.toBe(false);
		await expect(page.locator('.tooltip').count()).resolves.toBe(0);
		await page.close();
	});

	it('works by keyboard: Tab and Enter choose, Esc closes and gives focus back', async () => {
		const page = await phone();
		const chooser = page.getByTestId('country-chooser');
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.closest('dialog') ? 'dialog' : el?.id || el?.tagName;
			});
		await tap(page, NETHERLANDS);
		await chooser.waitFor();
		const before = await page.evaluate(() => document.activeElement === document.body);
		expect(before).toBe(false); // the dialog took focus, on its first choice
		await expect(focused()).resolves.toBe('dialog');
		await page.keyboard.press('Escape');
		await expect(chooser.isVisible()).resolves.toBe(false);
		await expect.poll(focused).not.toBe('dialog');
		await expect(page.getByTestId('details').count()).resolves.toBe(0);

		await tap(page, NETHERLANDS);
		await chooser.waitFor();
		const second = await chooser.locator('li button .name').nth(1).textContent();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe(second);
		// The panel takes focus on its heading.
		await expect.poll(focused).toBe('details-title');
		await page.close();
	});

	it('opens a big country directly: only one is within reach', async () => {
		const page = await phone();
		await tap(page, BRAZIL);
		await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe('Brazil');
		await expect(page.getByTestId('country-chooser').isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('leaves region views as they are: a tap opens the country under it', async () => {
		const page = await phone('?region=europe');
		const svg = page.locator('[data-testid="map"] svg').first();
		await expect.poll(() => svg.getAttribute('class')).toContain('zoomed-in');
		const germany = await page.evaluate(() => {
			const box = document.querySelector('[data-id="DEU"]')!.getBoundingClientRect();
			return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		});
		await page.touchscreen.tap(germany.x, germany.y);
		await expect
			.poll(() => page.getByTestId('details').locator('h2').textContent())
			.toBe('Germany');
		await expect(page.getByTestId('country-chooser').isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('closes a tooltip when the finger taps elsewhere on the page', async () => {
		const page = await phone();
		const p = await pointOnMap(page, BRAZIL);
		// A finger's press shows the tooltip (the browser's compatibility mouse events)…
		await page.mouse.move(p.x, p.y);
		await page.locator('.tooltip').waitFor();
		// …and a tap outside the map takes it away.
		const title = (await page.locator('h1').boundingBox())!;
		await page.touchscreen.tap(title.x + 10, title.y + 10);
		await expect.poll(() => page.locator('.tooltip').count()).toBe(0);
		await page.close();
	});
});
