import type { Attachment } from 'svelte/attachments';

export type HoverHandler = (id: string | null, point: { x: number; y: number }) => void;
/** A tap by finger or pen, with the shape under it: the map decides what it meant. */
export type TapHandler = (event: MouseEvent, id: string | null) => void;

/** A finger or pen (the click's pointer type), or a device whose main pointer is coarse. */
const byFinger = (event: Event) => {
	const type = (event as PointerEvent).pointerType;
	if (type) return type === 'touch' || type === 'pen';
	return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
};

/**
 * Hover and click on an SVG map whose shapes carry `data-id`: one set of listeners on the
 * container, whether Svelte drew the SVG (the fallback) or the server did (the first paint).
 * The canvas-free maps are pictures for assistive technology; the search box and the table
 * offer the same choices by keyboard.
 */
export function svgPointer(
	onhover: HoverHandler,
	onselect: (id: string | null) => void,
	ontap: TapHandler = (_, id) => onselect(id)
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
		const click = (event: Event) =>
			byFinger(event) ? ontap(event as MouseEvent, idOf(event)) : onselect(idOf(event));
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
