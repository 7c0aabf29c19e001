// Bytes to article text. Pure: recognises BOMs, UTF-16 and binary files and
// reports what it could not read instead of throwing.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

export type DecodeResult = { text: string; encoding: string; note?: string } | { error: string };

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
  // A NUL byte in the first 8 KiB: a binary file (a PDF or an image renamed to .txt).
  const probe = body.subarray(0, 8192);
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] === 0) return { error: `binary content (a NUL byte at byte ${i + (body === bytes ? 0 : 3)}); not read as an article` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding };
  } catch {
    // Invalid UTF-8: read it anyway with replacement characters and say so.
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8 (invalid bytes replaced)', note: 'The file is not valid UTF-8; invalid bytes were read as U+FFFD.' };
  }
}
