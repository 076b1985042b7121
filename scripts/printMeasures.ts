/**
 * Measures of a printed sheet, taken on the PDF LibreOffice made of it: every word's height
 * (`pdftotext -bbox`), whether each text cell of the printed range is on the pages whole, how much
 * of each page the text spans, and the charts' frames found on the page images (`pdftoppm`), which
 * are kept as PNG files for a reviewer.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'fs';
import path from 'path';
import { Cell, SheetSpec } from '../src/engine/workbook';
import { blockTop, layoutOf } from '../src/engine/layout/sheet';

/** A word's box is about 1.3 times its font size (Calibri's metrics, Carlito in LibreOffice): 9 pt text is 11.7 pt high. */
export const MIN_WORD_HEIGHT = 9 * 1.25;

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function pdfPages(pdf: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ text: unescape(w[5]), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) })),
  }));
}

/** Words printed smaller than 9 pt. */
export function smallWords(page: Page): Word[] {
  return page.words.filter((w) => w.y1 - w.y0 < MIN_WORD_HEIGHT);
}

/** The share of the page's height between the top of its first word and the bottom of its last (header and footer left out). */
export function filledShare(page: Page, marginTop = 54, marginBottom = 54): number {
  const body = page.words.filter((w) => w.y0 >= marginTop - 2 && w.y1 <= page.height - marginBottom + 2);
  if (!body.length) return 0;
  return (Math.max(...body.map((w) => w.y1)) - Math.min(...body.map((w) => w.y0))) / (page.height - marginTop - marginBottom);
}

const inArea = (spec: SheetSpec, row: number, column: number) => {
  const a = spec.print?.area;
  return !a || (row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + (a.columns ?? 1));
};

/** The text cells of the printed range of a sheet spec (preamble, header, body, blocks). */
export function printedTexts(spec: SheetSpec): string[] {
  const out: { row: number; column: number; v: Cell }[] = [];
  (spec.preamble ?? []).forEach((v, i) => out.push({ row: i, column: 0, v }));
  const header = layoutOf(spec).headerRow;
  spec.columns.forEach((c, j) => out.push({ row: header, column: j, v: c.header }));
  spec.rows.forEach((r, i) => r.forEach((v, j) => out.push({ row: header + 1 + i, column: j, v })));
  for (const b of spec.blocks ?? []) {
    if (b.title) out.push({ row: b.at.row, column: b.at.column, v: b.title });
    const top = blockTop(b);
    b.rows.forEach((r, i) => r.forEach((v, j) => out.push({ row: top + i, column: b.at.column + j, v })));
  }
  return out.filter((c) => typeof c.v === 'string' && c.v.trim() !== '' && inArea(spec, c.row, c.column)).map((c) => c.v as string);
}

const norm = (s: string) => s.normalize('NFC').replace(/[\u2010-\u2015]/g, '-');

/** The text cells whose words are not all on the printed pages (cut off, run together with a neighbour, or left out). */
export function missingTexts(texts: string[], pages: Page[]): string[] {
  const words = new Set(pages.flatMap((p) => p.words.map((w) => norm(w.text))));
  return [...new Set(texts)].filter((t) => norm(t).split(/\s+/).filter(Boolean).some((w) => !words.has(w)));
}

/**
 * The frames of the charts on each page: renders the pages in grey at 40 dpi and finds the
 * rectangles whose four sides are long light-grey lines (a chart's border); in points.
 */
export function chartFrames(pdf: string, pages: number): { x0: number; y0: number; x1: number; y1: number }[][] {
  const dpi = 40;
  const scale = 72 / dpi;
  const dir = `${pdf}.frames`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, path.join(dir, 'p')]);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
  const out = files.slice(0, pages).map((f) => {
    const data = readFileSync(path.join(dir, f));
    const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
    const [w, h] = [Number(head[1]), Number(head[2])];
    const px = data.subarray(head[0].length);
    const line = (v: number) => v < 245 && v > 120;
    // Horizontal runs of border-grey at least a fifth of the page wide.
    const runs: { y: number; x0: number; x1: number }[] = [];
    for (let y = 0; y < h; y++) {
      let start = -1;
      for (let x = 0; x <= w; x++) {
        const on = x < w && line(px[y * w + x]);
        if (on && start < 0) start = x;
        if (!on && start >= 0) {
          if (x - start >= w / 5) runs.push({ y, x0: start, x1: x - 1 });
          start = -1;
        }
      }
    }
    const frames: { x0: number; y0: number; x1: number; y1: number }[] = [];
    const used = new Set<number>();
    runs.forEach((top, i) => {
      if (used.has(i)) return;
      // The lowest run with the same ends, with a vertical border between them on both sides.
      let best = -1;
      runs.forEach((b, j) => {
        if (j <= i || Math.abs(b.x0 - top.x0) > 2 || Math.abs(b.x1 - top.x1) > 2 || b.y - top.y < h / 8) return;
        let side = 0;
        for (let y = top.y; y <= b.y; y++) if (line(px[y * w + top.x0]) && line(px[y * w + top.x1])) side++;
        if (side >= (b.y - top.y) * 0.95) best = j;
      });
      if (best < 0) return;
      for (let j = i; j <= best; j++) if (Math.abs(runs[j].x0 - top.x0) <= 2 && Math.abs(runs[j].x1 - top.x1) <= 2) used.add(j);
      frames.push({ x0: top.x0 * scale, y0: top.y * scale, x1: top.x1 * scale, y1: runs[best].y * scale });
    });
    return frames;
  });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Keeps the pages as PNG images in `dir` (test-results/print/), named after the sheet. */
export function keepImages(pdf: string, dir: string, name: string): string[] {
  mkdirSync(dir, { recursive: true });
  const base = name.replace(/[^\w-]+/g, '-');
  for (const f of readdirSync(dir)) if (f.startsWith(`${base}-`) && f.endsWith('.png')) rmSync(path.join(dir, f));
  const tmp = `${pdf}.png`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(tmp, 'p')]);
  const kept = readdirSync(tmp).sort().map((f, i) => {
    const to = path.join(dir, `${base}-${i + 1}.png`);
    copyFileSync(path.join(tmp, f), to);
    return to;
  });
  rmSync(tmp, { recursive: true, force: true });
  return kept;
}

/** Pairs of words on a page whose boxes overlap by more than a third of the smaller one (text printed over text). */
export function overlappingWords(page: Page): [Word, Word][] {
  const out: [Word, Word][] = [];
  const ws = [...page.words].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < ws.length; i++) {
    for (let j = i + 1; j < ws.length && ws[j].x0 < ws[i].x1; j++) {
      const [a, b] = [ws[i], ws[j]];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 0 && h > 0 && w * h > Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0)) / 3) out.push([a, b]);
    }
  }
  return out;
}
