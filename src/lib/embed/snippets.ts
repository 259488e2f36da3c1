/** The HTML a newsroom pastes to embed a view: an iframe alone, or our loader script. */
export function iframeSnippet(embedUrl: string, title: string): string {
	const safeTitle = title.replace(/"/g, '&quot;');
	return `<iframe src="${embedUrl}" title="${safeTitle}" width="100%" height="640" style="border:0;width:100%" loading="lazy" allow="clipboard-write"></iframe>`;
}

export function loaderSnippet(scriptUrl: string, query: string): string {
	return `<div data-stance-map="${query}"></div>\n<script src="${scriptUrl}" async></script>`;
}
