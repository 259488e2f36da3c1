import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The oEmbed links of the production build (npm test builds first), followed as a CMS would. */
if (!existsSync('build/index.html'))
	throw new Error('build/ missing: run `npx vite build` first (npm test does)');
const site = readFileSync('build/index.html', 'utf8').match(
	/property="og:image" content="([^"]+)og\//
)?.[1];

/** Every prerendered page of a view: home, the years (and country pages once they exist). */
function viewPages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			return (['_app', 'data', 'og', 'embed'].includes(entry.name) && dir === 'build') ||
				entry.name === 'changes'
				? []
				: viewPages(path);
		return entry.name === 'index.html' ? [relative('build', dir)] : [];
	});
}

const links = (html: string) =>
	[...html.matchAll(/<link [^>]*type="application\/json\+oembed"[^>]*>/g)].map(
		(m) => m[0].match(/href="([^"]+)"/)![1]
	);

describe('oEmbed discovery in the build', () => {
	const pages = viewPages();
	it('covers home and every year’s page', () => {
		expect(pages).toContain('');
		expect(pages.filter((p) => p.startsWith('y/')).length).toBeGreaterThanOrEqual(15);
		expect(site).toMatch(/^https?:\/\//);
	});

	it.each(pages.map((p) => [p || '(home)', p]))(
		'%s links one oEmbed file that exists in build/ and describes that page',
		(_, page) => {
			const hrefs = links(readFileSync(join('build', page, 'index.html'), 'utf8'));
			expect(hrefs).toHaveLength(1);
			const href = hrefs[0].replace(/&amp;/g, '&');
			expect(href.startsWith(site!), href).toBe(true);
			const file = join('build', href.slice(site!.length));
			expect(file).toBe(join('build', page, 'oembed.json'));
			expect(existsSync(file), file).toBe(true);
			const answer = JSON.parse(readFileSync(file, 'utf8'));
			expect(answer.type).toBe('rich');
			expect(answer.version).toBe('1.0');
			expect(answer.html).toContain(`src="${site}embed/?date=`);
			const year = page.match(/^y\/(\d{4})\//)?.[1];
			if (year) {
				expect(answer.html).toContain(`?date=${year}-`);
				expect(answer.thumbnail_url).toBe(`${site}og/${year}.png`);
			}
			expect(existsSync(join('build', answer.thumbnail_url.slice(site!.length)))).toBe(true);
		}
	);
});
