/**
 * The xlsx gateway on a file (Node only): XlsxBook with reading and saving files, and Node's
 * native zlib for the package's entries. The CLI, the benchmarks and the tests use this one.
 */
import { createWriteStream, promises as fs } from 'fs';
import path from 'path';
import { pipeline } from 'stream/promises';
import { XlsxBook, XlsxGatewayError } from './book';
import { NODE_CODEC } from './node/codec';

export { XlsxGatewayError } from './book';
export type { FileKind } from './book';

export class XlsxWorkbook extends XlsxBook {
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(...XlsxBook.emptyParts(NODE_CODEC));
  }

  static async open(file: string): Promise<XlsxWorkbook> {
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      throw new XlsxGatewayError(`cannot read ${file}`, 'not-found');
    }
    return XlsxWorkbook.fromBuffer(data, file);
  }

  static async fromBuffer(data: Uint8Array, label = 'the workbook'): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(...(await XlsxBook.loadParts(data, label, NODE_CODEC)));
  }

  async toBuffer(): Promise<Buffer> {
    const bytes = await this.toBytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /** Writes to a temporary file beside the target and renames it, so a failure never leaves half a file. */
  async save(file: string): Promise<void> {
    await this.finish();
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      await pipeline(this.pkg.nodeStream(), createWriteStream(tmp));
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }
}
