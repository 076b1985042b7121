/**
 * Bytes without Node's Buffer, so the package code runs in the task pane too: joining chunks,
 * text to bytes in a part's encoding, UTF-8 lengths, and a JSZip entry's inflating stream as an
 * async iterable.
 */
import type JSZip from 'jszip';
import { utf8Length as countUtf8 } from '../engine/utf8';

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

const utf8 = new TextEncoder();
const nodeBuffer = (globalThis as { Buffer?: { byteLength(s: string): number } }).Buffer;

/** Bytes of `s` in UTF-8 (Node's native count where there is one: it is on the reading path). */
export function utf8Length(s: string): number {
  return nodeBuffer ? nodeBuffer.byteLength(s) : countUtf8(s);
}

/** Text as a part in `encoding` holds it: UTF-8, or UTF-16 in either byte order. */
export function encodeText(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return utf8.encode(text);
  const out = new Uint8Array(text.length * 2);
  const little = encoding === 'utf-16le';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (little ? 0 : 1)] = c & 0xff;
    out[2 * i + (little ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Whether `needle` occurs in `data`. */
export function includesBytes(data: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = data.indexOf(needle[0]); i >= 0 && i + needle.length <= data.length; i = data.indexOf(needle[0], i + 1)) {
    for (let k = 1; k < needle.length; k++) if (data[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

interface StreamHelper {
  on(event: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', fn: (e: Error) => void): StreamHelper;
  on(event: 'end', fn: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/**
 * The entry's bytes as JSZip inflates them (its documented internalStream), a chunk at a time:
 * the stream pauses after each chunk until the reader asks for the next.
 */
export function jszipChunks(file: JSZip.JSZipObject): AsyncIterable<Uint8Array> & { destroy: () => void } {
  const helper = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
  const queue: Uint8Array[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  helper
    .on('data', (chunk) => {
      queue.push(chunk);
      helper.pause();
      signal();
    })
    .on('error', (e) => {
      failure = e;
      signal();
    })
    .on('end', () => {
      ended = true;
      signal();
    });
  return {
    destroy: () => void helper.pause(),
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length) {
          yield queue.shift()!;
          continue;
        }
        if (failure) throw failure;
        if (ended) return;
        const next = new Promise<void>((resolve) => (wake = resolve));
        helper.resume();
        await next;
      }
    },
  };
}
