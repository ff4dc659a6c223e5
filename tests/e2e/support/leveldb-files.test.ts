/**
 * The disk scan's LevelDB readers, on files built here byte by byte: a value
 * split by a log block boundary, and a table whose block is Snappy-compressed
 * with a back-reference inside the value. A plain byte search misses both.
 */
import { describe, expect, it } from 'vitest';
import { logPayload, snappyDecompress, tableBlocks } from './leveldb-files.ts';

const BLOCK = 32 * 1024;

/** One log record: CRC (not checked by the reader), length, type, data. */
function record(type: number, data: Buffer): Buffer {
  const header = Buffer.alloc(7);
  header.writeUInt16LE(data.length, 4);
  header[6] = type;
  return Buffer.concat([header, data]);
}

describe('logPayload', () => {
  it('joins a value that a block boundary split, so the scan finds it', () => {
    const value = Buffer.from('Quillfeather handover canary 4417', 'utf16le');
    const filler = Buffer.alloc(BLOCK - 7 - 7 - 20, 0x61);
    const first = Buffer.concat([filler, value.subarray(0, 20)]);
    // An empty record, then a value's first fragment filling the block to its end, then its last fragment in the next block.
    const file = Buffer.concat([record(1 /* FULL */, Buffer.alloc(0)), record(2 /* FIRST */, first), record(4 /* LAST */, value.subarray(20))]);
    expect(file.subarray(0, BLOCK).length).toBe(BLOCK);
    expect(file.includes(value)).toBe(false);
    expect(logPayload(file).includes(value)).toBe(true);
  });
});

describe('snappyDecompress', () => {
  it('expands literals and copies', () => {
    // "abcd", then a copy of 8 bytes from 4 back: "abcdabcdabcd"
    expect(snappyDecompress(Buffer.from([12, 0x0c, 0x61, 0x62, 0x63, 0x64, 0x11, 0x04])).toString()).toBe('abcdabcdabcd');
  });
});

describe('tableBlocks', () => {
  /** A block of one entry (key, value) and one restart point. */
  function block(key: Buffer, value: Buffer): Buffer {
    const restarts = Buffer.alloc(8);
    restarts.writeUInt32LE(1, 4);
    return Buffer.concat([Buffer.from([0, key.length, value.length]), key, value, restarts]);
  }
  const varints = (...values: number[]) => Buffer.from(values.flatMap((v) => (v < 128 ? [v] : [(v & 0x7f) | 0x80, v >> 7])));

  it('expands a Snappy-compressed data block, where a repeated word is a back-reference', () => {
    // The value "canary canary 42": its second "canary " is a copy of the first.
    const value = Buffer.from('canary canary 42');
    const key = Buffer.from('k');
    const plain = block(key, value);
    const literal = (bytes: Buffer) => Buffer.concat([Buffer.from([(bytes.length - 1) << 2]), bytes]);
    const head = plain.subarray(0, 3 + key.length + 7); // entry header, key, "canary "
    const tail = plain.subarray(3 + key.length + 14); // "42" and the restarts, after the copied "canary "
    const compressed = Buffer.concat([varints(plain.length), literal(head), Buffer.from([((7 - 4) << 2) | 1, 7]), literal(tail)]);
    expect(snappyDecompress(compressed).equals(plain)).toBe(true);
    const data = Buffer.concat([compressed, Buffer.from([1, 0, 0, 0, 0])]);
    const indexAt = data.length;
    const index = block(Buffer.from('z'), varints(0, compressed.length));
    const withIndex = Buffer.concat([data, index, Buffer.from([0, 0, 0, 0, 0])]);
    const footer = Buffer.alloc(48);
    const handles = varints(0, 0, indexAt, index.length);
    handles.copy(footer);
    Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]).copy(footer, 40);
    const file = Buffer.concat([withIndex, footer]);
    expect(file.includes(value)).toBe(false);
    expect(tableBlocks(file).some((b) => b.includes(value))).toBe(true);
  });

  it('reads nothing from a file that is not a table', () => {
    expect(tableBlocks(Buffer.from('not a table at all, just bytes of some length to pass the footer size check'))).toEqual([]);
  });
});
