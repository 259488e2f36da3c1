/**
 * The punctuation that joins our own pieces of text (lists, asides, labels and their values) in
 * each language. Japanese writes full-width forms with no spaces around them: 「A、B」「A（B）」
 * 「A：B」; the others write the Western forms.
 */
import type { Locale } from '../paraglide/runtime';

export interface Punctuation {
	/** Between items of a list: "A, B" / 「A、B」. */
	list: string;
	/** Between whole clauses: "A; B" / 「A、B」. */
	clause: string;
	/** Between a label and its value: "Date: 2020" / 「日付：2020」. */
	colon: string;
	/** Between short items in a readout: "A · B" / 「A・B」. */
	dot: string;
	/** Between the two ends of a span: "2012 – 2020" / 「2012年～2020年」. */
	range: string;
	/** The end of a sentence, and what follows it before the next one. */
	end: string;
	space: string;
	/** Around a parenthetical after a word: "Banned (uncertain)" / 「禁止（未確認）」. */
	open: string;
	close: string;
	aside: (text: string) => string;
}

const form = (p: Omit<Punctuation, 'aside'>): Punctuation => ({
	...p,
	aside: (text) => `${p.open}${text}${p.close}`
});

const WESTERN = form({
	list: ', ',
	clause: '; ',
	colon: ': ',
	dot: ' · ',
	range: ' – ',
	end: '.',
	space: ' ',
	open: ' (',
	close: ')'
});

const JAPANESE = form({
	list: '、',
	clause: '、',
	colon: '：',
	dot: '・',
	range: '～',
	end: '。',
	space: '',
	open: '（',
	close: '）'
});

export const punctuation = (locale: Locale): Punctuation => (locale === 'ja' ? JAPANESE : WESTERN);
