/** The two JSZip 3 modules ./node/codec.ts uses to hand JSZip a part already deflated (no public API for it). */
declare module 'jszip/lib/compressedObject' {
  class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array);
    compressedSize: number;
    uncompressedSize: number;
    compression: { magic: string };
    compressedContent: Uint8Array;
  }
  export = CompressedObject;
}

declare module 'jszip/lib/compressions' {
  export const DEFLATE: { magic: string };
}
