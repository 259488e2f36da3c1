/** What "Embed this view" lets an editor choose, beside the view itself. */
export interface EmbedChoices {
	/** The slider and chart (controls=0 hides them). */
	controls: boolean;
	/** The title line (title=0 hides it). */
	title: boolean;
	theme: 'auto' | 'light' | 'dark';
	/** The published version the embed is pinned to; null follows every update. */
	version: string | null;
}

/** The dialog's defaults: controls and title shown, the reader's theme, pinned when it can be. */
export const DEFAULT_CHOICES: EmbedChoices = {
	controls: true,
	title: true,
	theme: 'auto',
	version: null
};

/**
 * The embed's query for a view's query and the editor's choices: one function for the share
 * dialog and the oEmbed files, so both hand out the same snippet.
 */
export function embedQuery(viewQuery: string, choices: EmbedChoices): string {
	const params = new URLSearchParams(viewQuery);
	if (!choices.controls) params.set('controls', '0');
	if (!choices.title) params.set('title', '0');
	if (choices.theme !== 'auto') params.set('theme', choices.theme);
	if (choices.version) params.set('v', choices.version);
	return `?${params}`;
}
