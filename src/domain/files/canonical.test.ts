// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyChecksum, canonicalJson, sha256Hex } from './canonical.ts';
import { sampleBackupBody } from './testing/sample-backup.ts';

describe('canonicalJson', () => {
  it('sorts object keys by code unit at every depth, with no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, B: true, é: null, _: 0 })).toBe(
      '{"B":true,"_":0,"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1,"é":null}',
    );
  });

  it('drops undefined properties, keeps arrays in order, and writes numbers and strings as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [2, 1, undefined], c: 1e21, d: -0, e: 0.1, f: 'line\nbreak "quoted" \u2028' })).toBe(
      `{"b":[2,1,null],"c":1e+21,"d":0,"e":0.1,"f":${JSON.stringify('line\nbreak "quoted" \u2028')}}`,
    );
  });

  it('sorts keys that look like array indexes by code unit too ("10" before "9")', () => {
    expect(canonicalJson({ b: { 9: 'nine', 10: 'ten', a: 'x', '01': 'one' } })).toBe('{"b":{"01":"one","10":"ten","9":"nine","a":"x"}}');
    expect(canonicalJson([{ z: 1, 2: [{ y: 1, x: 2 }] }])).toBe('[{"2":[{"x":2,"y":1}],"z":1}]');
  });

  it('writes a key named __proto__ that parsed JSON holds as its own, rather than losing it', () => {
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
  });

  it('gives the same text for the same data written in another key order', () => {
    const body = sampleBackupBody();
    const reordered = JSON.parse(JSON.stringify(body, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as unknown;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body));
    expect(canonicalJson(reordered)).toBe(canonicalJson(body));
  });

  it('reads back from JSON to the same text, so a file checks against its own checksum', () => {
    const body = sampleBackupBody();
    expect(canonicalJson(JSON.parse(JSON.stringify(body)))).toBe(canonicalJson(body));
  });
});

describe('sha256Hex and bodyChecksum', () => {
  it('hashes the UTF-8 bytes (the standard test vectors)', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not depend on key order, and changes with any change to the data', async () => {
    const body = sampleBackupBody();
    const sum = await bodyChecksum(body);
    expect(await bodyChecksum({ unreadable: body.unreadable, records: body.records, profile: body.profile })).toBe(sum);
    const changes: Array<(b: ReturnType<typeof sampleBackupBody>) => void> = [
      (b) => (b.records.journal[0]!.text += ' '),
      (b) => (b.records.responses[0]!.items[0] = { ...b.records.responses[0]!.items[0]!, value: 3 } as never),
      (b) => b.records.practiceLog.reverse(),
      (b) => (b.unreadable = { journal: 1 }),
      (b) => (b.records.preferences[0]!.hideStreak = true),
    ];
    for (const change of changes) {
      const changed = sampleBackupBody();
      change(changed);
      expect(await bodyChecksum(changed)).not.toBe(sum);
    }
  });
});
