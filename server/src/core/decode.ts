// Bytes to article text. Pure: recognises BOMs, UTF-16 (with a BOM, or without
// one when the NUL bytes say so) and binary files, and reports what it could
// not read instead of throwing.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

export type DecodeResult =
  | {
      text: string;
      encoding: string;
      /** Something the reader should know about how the text was read. */
      note?: string;
      /** Where in the text (UTF-16 offset) the note applies, when it is one place. */
      noteOffset?: number;
    }
  | { error: string };

/** The byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing past U+10FFFF
    } else return i;
    if (i + len > n) return i;
    const second = bytes[i + 1];
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** UTF-16 without a BOM: text in Latin script has a NUL in every other byte, all on one side. */
function bomlessUtf16(probe: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (probe.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) (i % 2 ? odd++ : even++);
  const pairs = probe.length >> 1;
  if (even === 0 && odd >= pairs / 2) return 'utf-16le';
  if (odd === 0 && even >= pairs / 2) return 'utf-16be';
  return undefined;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  let body = bytes;
  let encoding = 'utf-8';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    encoding = 'utf-8 with BOM';
  }
  // A NUL byte in the first 8 KiB: UTF-16 without a BOM, or else a binary file
  // (a PDF or an image renamed to .txt).
  const probe = body.subarray(0, 8192);
  const nul = probe.indexOf(0);
  if (nul >= 0) {
    const utf16 = body === bytes && body.length % 2 === 0 ? bomlessUtf16(probe) : undefined;
    if (utf16) {
      try {
        return { text: new TextDecoder(utf16, { fatal: true }).decode(body), encoding: `${utf16} without BOM` };
      } catch {
        // Not well-formed UTF-16 after all: binary.
      }
    }
    return { error: `binary content (a NUL byte at byte ${nul + (body === bytes ? 0 : 3)}); not read as an article` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding };
  } catch {
    // Invalid UTF-8: read below with replacement characters, saying where.
  }
  const bad = Math.max(0, firstInvalidUtf8(body));
  const at = bad + (body === bytes ? 0 : 3);
  return {
    text: new TextDecoder('utf-8').decode(body),
    encoding: 'utf-8 (invalid bytes replaced)',
    note: `The file is not valid UTF-8 (the first invalid byte is byte ${at}); invalid bytes were read as U+FFFD.`,
    noteOffset: new TextDecoder('utf-8').decode(body.subarray(0, bad)).length,
  };
}
