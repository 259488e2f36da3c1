import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/** The changelog feeds in the production build (npm test builds first), read as a reader would. */
const versions: { id: string }[] = JSON.parse(
	readFileSync('static/data/versions.json', 'utf8')
).versions;
const built = (file: string) => {
	if (!existsSync(`build/${file}`))
		throw new Error(`build/${file} missing: run \`npx vite build\` first (npm test does)`);
	return readFileSync(`build/${file}`, 'utf8');
};

describe('the Atom feed (changes.xml)', () => {
	it('is well-formed XML with the required Atom fields, one entry per release', () => {
		const xml = built('changes.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const field of ['id', 'title', 'updated']) expect(feed[field], field).toBeTruthy();
		const entries = [feed.entry].flat();
		expect(entries).toHaveLength(versions.length);
		for (const entry of entries) {
			for (const field of ['id', 'title', 'updated']) expect(entry[field], field).toBeTruthy();
			expect(new Date(entry.updated).toString()).not.toBe('Invalid Date');
		}
		expect(entries.map((e) => e.id)).toEqual(
			versions.map((v) => `urn:stance-map:version:${v.id}`).reverse()
		);
	});
});

describe('the JSON Feed (changes.json)', () => {
	it('is JSON Feed 1.1 with the required fields and the same entries', () => {
		const feed = JSON.parse(built('changes.json'));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.title).toBeTruthy();
		expect(feed.items.map((i: { id: string }) => i.id)).toEqual(
			versions.map((v) => `urn:stance-map:version:${v.id}`).reverse()
		);
		for (const item of feed.items) expect(item.content_html ?? item.content_text).toBeDefined();
	});

	it('is linked from every page', () => {
		for (const page of ['index.html', 'embed/index.html', 'changes/index.html']) {
			const html = built(page);
			expect(html, page).toMatch(
				/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*changes\.xml"/
			);
			expect(html, page).toMatch(
				/<link rel="alternate" type="application\/feed\+json"[^>]*href="[^"]*changes\.json"/
			);
		}
	});
});
