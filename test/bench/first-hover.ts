/**
 * 7. What waiting for the first use costs the reader who uses it. /embed/ starts its script on
 * the first use (src/lib/app/firstUse.ts), so the first hover pays for fetching and starting it.
 * Measured, wall time in Node from the mouse reaching a country to its tooltip on screen:
 * - first hover: a cold load (fresh context, empty cache) left idle, then the pointer onto
 *   Australia;
 * - later hover: on that page, now running, the pointer onto Brazil.
 * One discarded warm-up round, then `runs` rounds.
 */
import type { Browser, Page } from 'playwright-core';
import { pointOnMap } from '../support/browser';
import { VIEWPORT } from './probe';
import { median } from './stats';

export interface FirstHoverResult {
	first: number[];
	later: number[];
	median: { first: number; later: number };
}

const AUSTRALIA: [number, number] = [134, -25];
const BRAZIL: [number, number] = [-52, -10];

async function hover(page: Page, where: [number, number], name: string): Promise<number> {
	const { x, y } = await pointOnMap(page, where);
	const started = performance.now();
	await page.mouse.move(x, y);
	await page.locator('.tooltip strong', { hasText: name }).waitFor();
	return performance.now() - started;
}

export async function benchFirstHover(
	browser: Browser,
	base: string,
	runs: number
): Promise<FirstHoverResult> {
	const first: number[] = [];
	const later: number[] = [];
	for (let round = 0; round <= runs; round++) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		try {
			const page = await context.newPage();
			await page.goto(`${base}embed/`, { waitUntil: 'load' });
			await page.waitForTimeout(500);
			const cold = await hover(page, AUSTRALIA, 'Australia');
			const warm = await hover(page, BRAZIL, 'Brazil');
			if (round > 0) {
				first.push(cold);
				later.push(warm);
			}
		} finally {
			await context.close();
		}
	}
	return { first, later, median: { first: median(first), later: median(later) } };
}
