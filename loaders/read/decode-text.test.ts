// Decoding input bytes: byte order marks decide, UTF-8 is the default, Windows-1252 reads the rest.

import { decodeText } from './decode-text.js';

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return endian === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
};

describe('decodeText', () => {
  it('reads UTF-8 with a byte order mark without keeping the mark', () => {
    expect(decodeText(Buffer.from('\uFEFFZelenskiy met Erdoğan.', 'utf8'))).toEqual({ text: 'Zelenskiy met Erdoğan.', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian text that starts with a byte order mark', () => {
    expect(decodeText(utf16('Путин позвонил Раиси 📞', 'le'))).toEqual({ text: 'Путин позвонил Раиси 📞', encoding: 'utf-16le' });
    expect(decodeText(utf16('Путин позвонил Раиси 📞', 'be'))).toEqual({ text: 'Путин позвонил Раиси 📞', encoding: 'utf-16be' });
  });

  it('reads text that is not valid UTF-8 as Windows-1252: "caf\\xe9" is "café" and curly quotes stay quotes', () => {
    expect(decodeText(Buffer.from('caf\xe9 \x93quoted\x94 \x96 5\x80', 'latin1'))).toEqual({ text: 'café “quoted” – 5€', encoding: 'windows-1252' });
  });

  it('never makes up a replacement character for a byte Windows-1252 defines', () => {
    const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    const everyDefinedHighByte = Buffer.from(Array.from({ length: 128 }, (_, index) => 0x80 + index).filter((byte) => !undefinedBytes.includes(byte)));
    const { text } = decodeText(everyDefinedHighByte);
    expect(text).toHaveLength(everyDefinedHighByte.length);
    expect(text).not.toMatch(/[\uFFFD\u0080-\u009F]/);
  });

  it('leaves valid UTF-8 as it is', () => {
    expect(decodeText(Buffer.from('Réunion, 東京, عربي', 'utf8'))).toEqual({ text: 'Réunion, 東京, عربي', encoding: 'utf-8' });
  });
});
