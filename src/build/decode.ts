/**
 * Data files are UTF-8. Excel's plain "CSV" save is Windows-1252 and its "Unicode Text" UTF-16:
 * decoding those as UTF-8 would quietly turn "Angola’s" into "Angola�s" in the site and the
 * open data, so a file that is not UTF-8 is refused with the way to re-save it.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded =
	{ text: string; problem: null } | { text: null; problem: { line: number; message: string } };

function likelyEncoding(bytes: Uint8Array): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return 'UTF-16 (Excel\'s "Unicode Text")';
	// 0x80-0x9f are curly quotes, dashes and the euro sign in Windows-1252, unused in Latin-1.
	if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) return 'Windows-1252 (Excel\'s plain "CSV")';
	return 'Latin-1 or another legacy encoding';
}

/** The line of the first byte that is not valid UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
	let line = 1;
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] !== 0x0a) continue;
		try {
			utf8.decode(bytes.subarray(start, i));
		} catch {
			return line;
		}
		line += 1;
		start = i + 1;
	}
	return line;
}

export function decodeDataFile(bytes: Uint8Array | string): Decoded {
	if (typeof bytes === 'string') return { text: bytes.replace(/^\uFEFF/, ''), problem: null };
	try {
		return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), problem: null };
	} catch {
		return {
			text: null,
			problem: {
				line: firstBadLine(bytes),
				message: `not UTF-8; it looks like ${likelyEncoding(bytes)}. In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)", or in LibreOffice tick "Edit filter settings" and pick "Unicode (UTF-8)"`
			}
		};
	}
}
