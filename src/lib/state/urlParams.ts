/**
 * The parameters a map page reads from its URL (parseView and parseEmbedOptions in
 * viewState.ts). Any other, such as pym.js's childId, initialWidth, parentTitle and parentUrl or
 * a host's utm_ tags, leaves the page as its HTML shows it, so it need not start the app at once
 * ($lib/app/firstUse). A list of its own: the page's first script reads it, and nothing more of
 * the view's code.
 */
export const URL_PARAMS: readonly string[] = [
	'view',
	'date',
	'to',
	'from',
	'country',
	'company',
	'military',
	'region',
	'v',
	'controls',
	'title',
	'theme',
	'play',
	'renderer',
	'lang'
];
