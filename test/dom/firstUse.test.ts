import { afterEach, describe, expect, it, vi } from 'vitest';
import { appStarted, firstUse, replayFirstUse } from '../../src/lib/app/firstUse';
import { LATER_MODULES_ID, LATER_START_ID, startLaterApp } from '../../src/lib/app/laterModules';

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>) {
	let done = false;
	void promise.then(() => (done = true));
	await new Promise((r) => setTimeout(r));
	return done;
}

describe('the first use wakes the app, and what came before it is replayed once', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		vi.useRealTimers();
	});

	it.each(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'])(
		'a %s wakes it',
		async (type) => {
			const waiting = firstUse(document);
			expect(await settled(waiting)).toBe(false);
			document.body.dispatchEvent(new Event(type, { bubbles: true }));
			expect(await settled(waiting)).toBe(true);
			replayFirstUse(document);
		}
	);

	it('hands a click that came before the app to the element clicked, once', async () => {
		document.body.innerHTML = '<svg><path data-id="DEU"></path></svg>';
		const path = document.querySelector('path')!;
		void firstUse(document);
		path.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 6 }));
		const heard: [number, number][] = [];
		path.addEventListener('click', (e) => heard.push([e.clientX, e.clientY]));
		replayFirstUse(document);
		await new Promise((r) => setTimeout(r));
		expect(heard).toEqual([[5, 6]]);
		// After the replay the app hears clicks itself: nothing is recorded or replayed again.
		path.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		replayFirstUse(document);
		await new Promise((r) => setTimeout(r));
		expect(heard).toHaveLength(2);
	});

	it('never replays a click on a link or a form control (the browser already acted)', async () => {
		document.body.innerHTML = '<a href="#x">x</a><input type="checkbox" />';
		void firstUse(document);
		const heard: string[] = [];
		for (const el of document.body.children) {
			el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
			el.addEventListener('click', () => heard.push(el.tagName));
		}
		replayFirstUse(document);
		await new Promise((r) => setTimeout(r));
		expect(heard).toEqual([]);
	});

	it('gives the app a slider value the browser set before it ran', async () => {
		document.body.innerHTML = '<input type="range" min="0" max="10" value="10" />';
		const slider = document.querySelector('input')!;
		void firstUse(document);
		slider.value = '7';
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		slider.value = '10'; // what hydration would write back from the prerendered state
		const heard: string[] = [];
		slider.addEventListener('input', () => heard.push(slider.value));
		replayFirstUse(document);
		await new Promise((r) => setTimeout(r));
		expect(heard).toEqual(['7']);
	});
});

describe('the first script lets the held-back app go', () => {
	afterEach(() => {
		document.head.querySelector(`#${LATER_MODULES_ID}`)?.remove();
		document.head.querySelectorAll('link[rel="modulepreload"]').forEach((l) => l.remove());
		document.body.innerHTML = '';
	});

	it('puts the preloads in the head and a live copy of the start script where it was', () => {
		document.head.insertAdjacentHTML(
			'beforeend',
			`<template id="${LATER_MODULES_ID}"><link href="./a.js" rel="modulepreload"></template>`
		);
		document.body.innerHTML = `<div id="root"><main class="app"></main><template id="${LATER_START_ID}"><script>window.started = 1;</script></template></div>`;
		startLaterApp(document);
		expect(document.getElementById(LATER_MODULES_ID)).toBeNull();
		expect(document.head.querySelector('link[href="./a.js"]')).not.toBeNull();
		expect(document.getElementById(LATER_START_ID)).toBeNull();
		const script = document.querySelector('#root > script')!;
		expect(script.textContent).toBe('window.started = 1;');
		expect(script.previousElementSibling?.matches('main.app')).toBe(true);
	});

	it('hears when the app marks itself started', async () => {
		document.body.innerHTML = '<div><main class="app"></main></div>';
		const started = appStarted(document);
		expect(await settled(started)).toBe(false);
		document.querySelector('main')!.classList.add('hydrated');
		expect(await settled(started)).toBe(true);
	});
});
