import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { isolatedPage, mapReady, sharedBrowser } from '../support/browser';

/** oEmbed answers what "Embed this view" gives: the same iframe snippet, byte for byte. */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const LATEST = JSON.parse(readFileSync('static/data/versions.json', 'utf8')).versions.at(-1).id;

describe('oEmbed and the share tools', () => {
	it('a year’s oEmbed html is the iframe snippet its embed dialog gives', async () => {
		const answer = JSON.parse(readFileSync('build/y/2019/oembed.json', 'utf8'));
		const page = await isolatedPage(chromium(), { viewport: { width: 1280, height: 900 } });
		await page.goto(`${base}y/2019/`);
		await mapReady(page);
		await page.getByTestId('embed-open').click();
		await page.getByTestId('embed-dialog').waitFor();
		const snippet = page.getByTestId('snippet-iframe');
		await expect.poll(() => snippet.inputValue()).toContain(`v=${LATEST}`);
		// The build's SITE_URL stands where the dialog, served from the test's port, has its own.
		expect(await snippet.inputValue()).toBe(answer.html.replaceAll(answer.provider_url, base));
		await page.close();
	});
});
