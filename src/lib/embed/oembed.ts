import { DEFAULT_CHOICES, embedQuery } from './embedQuery';
import { frameHeight, iframeSnippet } from './snippets';

/** The file beside each page that describes it to oEmbed consumers (WordPress, Ghost…). */
export const OEMBED_FILE = 'oembed.json';

/** The column width the oEmbed answer is sized for: the share dialog's default preview. */
export const OEMBED_WIDTH = 600;

export interface OEmbedPage {
	/** The site's address, absolute and ending in "/" (SITE_URL). */
	site: string;
	/** The view the page opens on, as a query (`?date=2019-12-31`, `?country=GBR&date=…`). */
	query: string;
	/** The latest published version (the dialog pins to it by default); null: none yet. */
	version: string | null;
	/** The page's title, for the consumer's card. */
	title: string;
	/** The iframe's accessible title: the same the share tools give. */
	frameTitle: string;
	/** The page's social preview (og:image), absolute. */
	image: { url: string; width: number; height: number };
	provider?: string;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * A page's oEmbed answer: the iframe snippet "Embed this view" gives for the view the page opens
 * on, with the dialog's defaults (pinned to the latest version), sized for a 600 px column.
 * Pure, so every prerendered page (home, years, countries) writes its file the same way.
 */
export function oembedFor(page: OEmbedPage): OEmbed {
	const choices = { ...DEFAULT_CHOICES, version: page.version };
	const url = new URL(`embed/${embedQuery(page.query, choices)}`, page.site).href;
	const frame = {
		controls: choices.controls,
		country: new URLSearchParams(page.query).has('country')
	};
	return {
		type: 'rich',
		version: '1.0',
		title: page.title,
		provider_name: page.provider ?? 'Stance Map',
		provider_url: page.site,
		html: iframeSnippet(url, page.frameTitle, frame),
		width: OEMBED_WIDTH,
		height: frameHeight(OEMBED_WIDTH, frame),
		thumbnail_url: page.image.url,
		thumbnail_width: page.image.width,
		thumbnail_height: page.image.height
	};
}
