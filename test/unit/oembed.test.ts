import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, embedQuery } from '../../src/lib/embed/embedQuery';
import { OEMBED_WIDTH, oembedFor, type OEmbedPage } from '../../src/lib/embed/oembed';
import { frameHeight, iframeSnippet } from '../../src/lib/embed/snippets';

const site = 'https://graphics.example.org/huawei-map/';
const page = (over: Partial<OEmbedPage> = {}): OEmbedPage => ({
	site,
	query: '?date=2019-12-31',
	version: '2026-12-06',
	title: 'Who shut out Huawei and ZTE? (2019) · Stance Map',
	frameTitle: 'Who shut out Huawei and ZTE?',
	image: { url: `${site}og/2019.png`, width: 1200, height: 630 },
	...over
});

/** The oEmbed 1.0 spec's required fields: every response (2.3.4), and a rich one's (2.3.4.4). */
const REQUIRED = ['type', 'version', 'html', 'width', 'height'] as const;
const THUMBNAIL = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'] as const;

describe('a page’s oEmbed answer', () => {
	it.each([
		['a year’s page', page()],
		['the home page, with no version published yet', page({ version: null })],
		['a country’s page', page({ query: '?country=GBR&date=2020-07-14' })]
	])('has every field the oEmbed spec requires of a rich response, for %s', (_, input) => {
		const answer = oembedFor(input) as unknown as Record<string, unknown>;
		for (const field of REQUIRED) expect(answer[field], field).toBeDefined();
		expect(answer.type).toBe('rich');
		expect(answer.version).toBe('1.0');
		for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
			expect(Number.isInteger(answer[field]) && (answer[field] as number) > 0, field).toBe(true);
		// The spec: thumbnail_url, _width and _height come together or not at all.
		for (const field of THUMBNAIL) expect(answer[field], field).toBeDefined();
		expect(answer.provider_url).toBe(site);
		expect(answer.thumbnail_url).toBe(input.image.url);
		expect(answer.title).toBe(input.title);
	});

	it.each([
		['pinned to the latest version', page(), `${site}embed/?date=2019-12-31&v=2026-12-06`],
		[
			'following updates when nothing is published',
			page({ version: null }),
			`${site}embed/?date=2019-12-31`
		],
		[
			'with a country open',
			page({ query: '?country=GBR&date=2020-07-14' }),
			`${site}embed/?country=GBR&date=2020-07-14&v=2026-12-06`
		]
	])('has as html exactly the iframe snippet the share tools give, %s', (_, input, url) => {
		const frame = { controls: true, country: input.query.includes('country=') };
		const answer = oembedFor(input);
		expect(answer.html).toBe(iframeSnippet(url, input.frameTitle, frame));
		expect(answer.width).toBe(OEMBED_WIDTH);
		expect(answer.height).toBe(frameHeight(OEMBED_WIDTH, frame));
	});
});

describe('the embed query the dialog and oEmbed share', () => {
	it.each([
		['the defaults add only the version', { ...DEFAULT_CHOICES, version: 'V' }, '?date=D&v=V'],
		['live data adds nothing', DEFAULT_CHOICES, '?date=D'],
		[
			'every option is written when changed',
			{ controls: false, title: false, theme: 'dark' as const, version: null },
			'?date=D&controls=0&title=0&theme=dark'
		]
	])('%s', (_, choices, expected) => {
		expect(embedQuery('?date=D', choices)).toBe(expected);
	});
});
