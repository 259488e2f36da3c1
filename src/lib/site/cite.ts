/** What a citation of a country page names. */
export interface CiteInput {
	/** The page's title as the reader sees it. */
	title: string;
	/** The data version the page shows, and its date as the language writes it. */
	version: string;
	versionDate: string;
	/** True when the page shows data changed since that version (not yet released). */
	unreleased: boolean;
	updated: string;
	url: string;
	/** Its year, for the APA-like form: (2026). */
	year: string;
}

/**
 * Two ways to cite a page: APA-like (author, year, title, version, URL) and a plain sentence.
 * A page showing changes not yet released cites the version it builds on and says so, so a
 * citation always points at a fixed, published dataset plus what changed after it.
 */
export function citations(c: CiteInput): { apa: string; plain: string } {
	const version = c.unreleased
		? `data version ${c.version} with changes to ${c.updated}`
		: `data version ${c.version}`;
	return {
		apa: `Stance Map. (${c.year}). ${c.title} [Data set; ${version}]. ${c.url}`,
		plain: `“${c.title}”, Stance Map, ${version} (published ${c.versionDate}), ${c.url}`
	};
}
