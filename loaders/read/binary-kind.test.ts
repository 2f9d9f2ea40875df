// Telling binary files from text by their bytes: magic numbers name the kind, NUL bytes give the rest away.

import { gzipSync } from 'node:zlib';
import { binaryKind } from './binary-kind.js';

const hex = (bytes: string) => Buffer.from(bytes.replace(/\s/g, ''), 'hex');

describe('binaryKind', () => {
  it('names a PDF, an image and an archive from their first bytes', async () => {
    expect(await binaryKind(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n', 'latin1'))).toBe('a PDF document');
    expect(await binaryKind(hex('89504e470d0a1a0a 0000000d49484452 00000001 00000001 0806000000 1f15c489'))).toBe('an image (PNG)');
    expect(await binaryKind(hex('ffd8ffe000104a46494600010100000100010000'))).toBe('an image (JPG)');
    expect(await binaryKind(gzipSync('Putin called Raisi.'))).toBe('a gz archive');
    expect(await binaryKind(hex('504b0304 14000000 0000 0000 0000 00000000 00000000 00000000 0000 0000'))).toBe('a zip archive');
  });

  it('calls any other file with NUL bytes binary data', async () => {
    expect(await binaryKind(Buffer.from('header\u0000\u0001\u0002 body'))).toBe('binary data (it holds NUL bytes)');
  });

  it('lets text through, XML and Windows-1252 bytes included', async () => {
    expect(await binaryKind(Buffer.from('Russian President Vladimir Putin spoke with Ebrahim Raisi.'))).toBeNull();
    expect(await binaryKind(Buffer.from('<?xml version="1.0"?><rss><item>Story</item></rss>'))).toBeNull();
    expect(await binaryKind(Buffer.from('caf\xe9 \x93quoted\x94', 'latin1'))).toBeNull();
  });
});
