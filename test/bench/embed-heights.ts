/**
 * `tsx test/bench/embed-heights.ts`: the embed's content height at widths 280-1000 px, with and
 * without a country open, and any horizontal overflow; the figures behind the snippet's height.
 */
import { launch } from '../support/browser';
import { serveStatic } from '../support/static-server';

const server = await serveStatic('build');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
for (const query of ['', '&country=DEU', '&controls=0', '&country=USA&controls=0']) {
	const rows: string[] = [];
	for (const width of [280, 320, 400, 600, 800, 900, 1000]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`${server.url}embed/?date=2019-05-15${query}`);
		await page.waitForSelector('[data-ready="true"]');
		await page.waitForTimeout(300);
		const { h, over } = await page.evaluate(() => ({
			h: Math.ceil(document.documentElement.getBoundingClientRect().height),
			over: document.documentElement.scrollWidth - document.documentElement.clientWidth
		}));
		rows.push(`${width}:${h}${over > 0 ? ` (overflow ${over})` : ''} r=${(h / width).toFixed(2)}`);
	}
	console.log(query || '(default)', rows.join('  '));
}
await browser.close();
await server.close();
