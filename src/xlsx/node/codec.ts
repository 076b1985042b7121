/**
 * Node only. Zip entries through Node's own zlib instead of JSZip's JavaScript deflate: an unchanged entry's
 * compressed bytes inflate natively, and a part Kring rewrites whole (the user's styles, however
 * large) is deflated natively as it streams and handed to JSZip already compressed. JSZip has no
 * public API for either, so this file alone knows its CompressedObject; without one (another
 * JSZip), callers fall back to JSZip's streams.
 */
import type JSZip from 'jszip';
import CompressedObject from 'jszip/lib/compressedObject';
import { DEFLATE } from 'jszip/lib/compressions';
import { once } from 'events';
import zlib from 'zlib';
import type { ZipCodec } from '../package';

const DEFLATE_MAGIC = '\x08\x00';

/** The entry's deflated bytes as the zip holds them, when it is unchanged and deflated. */
export function deflatedBytes(file: JSZip.JSZipObject): Uint8Array | null {
  const data = (file as unknown as { _data?: unknown })._data;
  if (!(data instanceof CompressedObject) || data.compression?.magic !== DEFLATE_MAGIC) return null;
  return data.compressedContent instanceof Uint8Array ? data.compressedContent : null;
}

/** A readable stream of the inflated entry, or null when JSZip must inflate it. */
export function nativeInflate(file: JSZip.JSZipObject): zlib.InflateRaw | null {
  const bytes = deflatedBytes(file);
  if (!bytes) return null;
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(bytes);
  return inflate;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the zip format, continued over chunks (zlib.crc32 where Node has it). */
function crc32(chunk: Uint8Array, crc: number): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
  if (native) return native(chunk, crc);
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Collects bytes into one deflated entry as they are written, holding only the compressed bytes. */
export class DeflatedWriter {
  // Level 3 (zlib's fast strategy): within a few per cent of level 6 on styles, a third of the time.
  private readonly deflate = zlib.createDeflateRaw({ level: 3 });
  private readonly out: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private readonly done: Promise<void>;

  constructor() {
    this.deflate.on('data', (b: Buffer) => this.out.push(b));
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
  }

  /** Resolves when the deflater can take more (so memory holds a chunk, not the part). */
  async write(bytes: Uint8Array): Promise<void> {
    if (!bytes.length) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** The entry for JSZip's file(): its compressed data with sizes and CRC, as if read from a zip. */
  async finish(): Promise<unknown> {
    this.deflate.end();
    await this.done;
    const data = Buffer.concat(this.out);
    return new CompressedObject(data.length, this.size, this.crc, DEFLATE, data);
  }
}

/** The package's codec in Node: native inflate of unchanged entries, native deflate of rewritten parts. */
export const NODE_CODEC: ZipCodec = {
  inflate: nativeInflate,
  deflater: () => new DeflatedWriter(),
};
