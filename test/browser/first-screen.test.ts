import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, isolatedPage, mapReady, sharedBrowser } from '../support/browser';

/**
 * The page's first screen on a laptop (issue 18, item 5): the title line, the whole map, the
 * legend and the slider are on screen together after load, and stay there while the reader
 * scrubs or plays.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();

type Box = { x: number; y: number; width: number; height: number };
const PARTS = {
	title: 'h1',
	map: '[data-testid="map"]',
	legend: '[data-testid="legend"]',
	slider: '.slider'
} as const;

async function boxes(page: Page): Promise<Record<keyof typeof PARTS, Box>> {
	const entries = await Promise.all(
		Object.entries(PARTS).map(async ([name, selector]) => [
			name,
			(await page.locator(selector).first().boundingBox())!
		])
	);
	return Object.fromEntries(entries);
}

function expectInside(all: Record<string, Box>, width: number, height: number, when: string) {
	for (const [name, b] of Object.entries(all)) {
		expect(b.y, `${name} top ${when}`).toBeGreaterThanOrEqual(0);
		expect(b.x, `${name} left ${when}`).toBeGreaterThanOrEqual(0);
		expect(b.y + b.height, `${name} bottom ${when}`).toBeLessThanOrEqual(height);
		expect(b.x + b.width, `${name} right ${when}`).toBeLessThanOrEqual(width);
	}
}

describe('the first screen on a laptop', () => {
	it.each([
		[1366, 768],
		[1280, 720]
	])(
		'at %i×%i holds the title, the whole map, the legend and the slider, scrubbing and playing',
		async (width, height) => {
			const page = await isolatedPage(chromium(), { viewport: { width, height } });
			await page.goto(base);
			await mapReady(page);
			expectInside(await boxes(page), width, height, 'after load');

			// Scrubbing: the slider's keys, then a drag along its track.
			const slider = page.getByTestId('slider');
			await slider.focus();
			for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
			const track = (await slider.boundingBox())!;
			await page.mouse.move(track.x + track.width * 0.8, track.y + track.height / 2);
			await page.mouse.down();
			await page.mouse.move(track.x + track.width * 0.3, track.y + track.height / 2, { steps: 8 });
			await page.mouse.up();
			await expect.poll(() => page.getByTestId('date').textContent()).not.toContain('2026');
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			expectInside(await boxes(page), width, height, 'after scrubbing');

			await page.getByTestId('play').click();
			await page.waitForTimeout(800);
			expectInside(await boxes(page), width, height, 'while playing');
			await page.getByTestId('play').click();
			await page.close();
		}
	);

	it('labels the year axis as densely as it fits, without two labels touching', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 720 } });
		await page.goto(base);
		await mapReady(page);
		const labels = await page
			.getByTestId('year-ticks')
			.locator('.tick.labelled')
			.evaluateAll((ticks) =>
				ticks.map((t) => {
					const r = t.getBoundingClientRect();
					return { text: t.textContent?.trim(), left: r.left, right: r.right };
				})
			);
		expect(labels.length).toBeGreaterThanOrEqual(7);
		for (let i = 1; i < labels.length; i++)
			expect(labels[i].left, `${labels[i - 1].text} and ${labels[i].text}`).toBeGreaterThan(
				labels[i - 1].right
			);
		await expect(page.getByTestId('chart-caption').textContent()).resolves.toContain(
			'Countries by stance'
		);
		await page.close();
	});

	it('shows the meaning of the legend entry pointed at, and has no axe violations', async () => {
		const page = await isolatedPage(chromium(), { viewport: { width: 1366, height: 768 } });
		await page.goto(base);
		await mapReady(page);
		await page.getByTestId('legend').locator('[data-stance="banned"]').focus();
		await expect(page.getByTestId('legend-meaning').textContent()).resolves.toMatch(/\w{4}/);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
