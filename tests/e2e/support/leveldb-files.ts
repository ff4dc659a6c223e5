/**
 * The data of LevelDB's files (Chromium's IndexedDB and local storage) as a
 * reader who knows the format would recover it, so a scan for text on disk
 * finds what is there. Read byte for byte, a value can be split:
 *
 * - in a log file (`*.log`), by the 7-byte header LevelDB writes at every
 *   32 KiB block boundary, which can fall in the middle of a string (it did,
 *   in a journal entry's text, and the scan missed it: `logPayload` joins the
 *   records' fragments back together);
 * - in a table file (`*.ldb`), by Snappy's back-references to earlier bytes
 *   ("canary" seen before in the block): `tableBlocks` expands each block.
 *
 * Log format (leveldb/doc/log_format.md): 32 KiB blocks of records, each a
 * 4-byte CRC, a 2-byte little-endian length, a 1-byte type and the data; a
 * block's last 6 bytes or fewer are zero padding.
 *
 * Table format (leveldb/doc/table_format.md): data blocks, each followed by a
 * 1-byte compression type (0 none, 1 Snappy) and a 4-byte CRC; at the end a
 * 48-byte footer holding the block handles (varint offset and size) of the
 * metaindex and the index; the index block's values are the data blocks'
 * handles. Snappy format: a varint length, then literals and copies
 * (github.com/google/snappy/blob/main/format_description.txt).
 */

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;

/** The data of every record of a log file, joined in order: a record split across blocks is whole again. */
export function logPayload(file: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const end = Math.min(block + LOG_BLOCK, file.length);
    let at = block;
    while (end - at >= LOG_HEADER) {
      const length = file.readUInt16LE(at + 4);
      const type = file[at + 6]!;
      if (type === 0 && length === 0) break; // zero padding, or a block not yet filled
      parts.push(file.subarray(at + LOG_HEADER, Math.min(at + LOG_HEADER + length, end)));
      at += LOG_HEADER + length;
    }
  }
  return Buffer.concat(parts);
}

const FOOTER_LENGTH = 48;
const TRAILER_LENGTH = 5;
const TABLE_MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);

interface Cursor {
  bytes: Buffer;
  at: number;
}

function varint(cursor: Cursor): number {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = cursor.bytes[cursor.at++];
    if (byte === undefined) throw new RangeError('varint runs past the end');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  throw new RangeError('varint too long');
}

/** Expands one Snappy-compressed block. */
export function snappyDecompress(input: Buffer): Buffer {
  const cursor = { bytes: input, at: 0 };
  const output = Buffer.alloc(varint(cursor));
  let out = 0;
  while (cursor.at < input.length) {
    const tag = input[cursor.at++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let length = tag >> 2;
      if (length >= 60) {
        const extra = length - 59;
        length = input.readUIntLE(cursor.at, extra);
        cursor.at += extra;
      }
      length += 1;
      input.copy(output, out, cursor.at, cursor.at + length);
      cursor.at += length;
      out += length;
      continue;
    }
    let length: number;
    let offset: number;
    if (kind === 1) {
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[cursor.at++]!;
    } else if (kind === 2) {
      length = (tag >> 2) + 1;
      offset = input.readUInt16LE(cursor.at);
      cursor.at += 2;
    } else {
      length = (tag >> 2) + 1;
      offset = input.readUInt32LE(cursor.at);
      cursor.at += 4;
    }
    if (offset === 0 || offset > out) throw new RangeError('Snappy copy before the start');
    for (let i = 0; i < length; i++, out++) output[out] = output[out - offset]!;
  }
  return output.subarray(0, out);
}

/** The contents of the block at `offset`/`size`, expanded if it is compressed. */
function readBlock(file: Buffer, offset: number, size: number): Buffer {
  const raw = file.subarray(offset, offset + size);
  const type = file[offset + size];
  return type === 1 ? snappyDecompress(raw) : raw;
}

/** The values of a block's entries (shared/unshared key prefix, value), up to its restart array. */
function blockValues(block: Buffer): Buffer[] {
  const restarts = block.readUInt32LE(block.length - 4);
  const end = block.length - 4 - restarts * 4;
  const cursor = { bytes: block, at: 0 };
  const values: Buffer[] = [];
  while (cursor.at < end) {
    varint(cursor); // shared key bytes
    const unshared = varint(cursor);
    const valueLength = varint(cursor);
    cursor.at += unshared;
    values.push(block.subarray(cursor.at, cursor.at + valueLength));
    cursor.at += valueLength;
  }
  return values;
}

/**
 * Every data block of a LevelDB table file, expanded; [] for a file that is
 * not one (no magic number) or cannot be read as one.
 */
export function tableBlocks(file: Buffer): Buffer[] {
  if (file.length < FOOTER_LENGTH || !file.subarray(file.length - TABLE_MAGIC.length).equals(TABLE_MAGIC)) return [];
  try {
    const footer = { bytes: file, at: file.length - FOOTER_LENGTH };
    varint(footer); // metaindex offset
    varint(footer); // metaindex size
    const index = readBlock(file, varint(footer), varint(footer));
    return blockValues(index).map((handle) => {
      const cursor = { bytes: handle, at: 0 };
      const offset = varint(cursor);
      const size = varint(cursor);
      if (offset + size + TRAILER_LENGTH > file.length) throw new RangeError('block past the end');
      return readBlock(file, offset, size);
    });
  } catch {
    return [];
  }
}
