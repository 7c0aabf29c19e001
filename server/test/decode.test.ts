import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { decodeArticle } from '../src/core/decode';

const enc = (s: string) => new TextEncoder().encode(s);

test('UTF-8, with and without a BOM', () => {
  assert.deepEqual(decodeArticle(enc('Seoul said.')), { text: 'Seoul said.', encoding: 'utf-8' });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Seoul said.')]);
  assert.deepEqual(decodeArticle(bom), { text: 'Seoul said.', encoding: 'utf-8 with BOM' });
});

test('UTF-16 little and big endian with a BOM', () => {
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Kyiv 40', 'utf16le')]);
  assert.equal((decodeArticle(le) as { text: string }).text, 'Kyiv 40');
  const beBody = Buffer.from('Kyiv 40', 'utf16le').swap16();
  const be = new Uint8Array([0xfe, 0xff, ...beBody]);
  assert.equal((decodeArticle(be) as { text: string }).text, 'Kyiv 40');
});

test('a binary file is refused with the byte where it was recognised', () => {
  const r = decodeArticle(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  assert.ok('error' in r);
  assert.match(r.error, /binary content \(a NUL byte at byte 4\)/);
});

test('invalid UTF-8 is read with replacement characters and a note', () => {
  const r = decodeArticle(new Uint8Array([0x41, 0xff, 0x42]));
  assert.ok('text' in r);
  assert.equal(r.text, 'A\uFFFDB');
  assert.match(r.note!, /not valid UTF-8/);
});
