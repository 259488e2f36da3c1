/** The message our loader (static/embed.js) listens for. */
export const HEIGHT_MESSAGE = 'stance-map:height';

/**
 * Tells the parent page this document's height on every change, in our own message shape and,
 * when the parent is pym.js (it adds `childId` to the URL), in pym's string protocol too.
 */
export function reportHeight(win: Window = window): () => void {
	if (win.parent === win) return () => {};
	const childId = new URLSearchParams(win.location.search).get('childId');
	let last = -1;
	const send = () => {
		const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// A height is no secret: any parent may read it, so no target origin is needed.
		win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
		if (childId) win.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(win.document.documentElement);
	send();
	return () => observer.disconnect();
}
