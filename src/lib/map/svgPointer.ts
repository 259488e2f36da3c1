import type { Attachment } from 'svelte/attachments';

export type HoverHandler = (id: string | null, point: { x: number; y: number }) => void;

/**
 * Hover and click on an SVG map whose shapes carry `data-id`: one set of listeners on the
 * container, whether Svelte drew the SVG (the fallback) or the server did (the first paint).
 * The canvas-free maps are pictures for assistive technology; the search box and the table
 * offer the same choices by keyboard.
 */
export function svgPointer(
	onhover: HoverHandler,
	onselect: (id: string | null) => void
): Attachment<Element> {
	return (element) => {
		const idOf = (event: Event) =>
			(event.target as Element).closest('[data-id]')?.getAttribute('data-id') ?? null;
		const move = (event: Event) => {
			const { clientX, clientY } = event as MouseEvent;
			const box = element.getBoundingClientRect();
			onhover(idOf(event), { x: clientX - box.left, y: clientY - box.top });
		};
		const leave = () => onhover(null, { x: 0, y: 0 });
		const click = (event: Event) => onselect(idOf(event));
		element.addEventListener('mousemove', move);
		element.addEventListener('mouseleave', leave);
		element.addEventListener('click', click);
		return () => {
			element.removeEventListener('mousemove', move);
			element.removeEventListener('mouseleave', leave);
			element.removeEventListener('click', click);
		};
	};
}
