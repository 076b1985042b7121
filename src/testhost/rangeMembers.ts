/**
 * Range members kept apart from ./types (too large to grow): what Microsoft's client library
 * itself sends when it splits a large array into row bands (setRangePropertiesInBulk:
 * `_ValidateArraySize`, then `getRow(i).getBoundingRect(…)`).
 */
import { HostError } from './errors';
import { Rect } from './address';
import { Obj, objectOf } from './runtime';
import { versionAtLeast } from './core';
import { RangeType } from './types';

interface RangeT {
  sheet: { id: string };
  rect: Rect;
}

const invalid = (location: string, details: string) => new HostError('InvalidArgument', { location, details });

export function addRangeMembers(): void {
  if (RangeType.members._ValidateArraySize) return;
  RangeType.members._ValidateArraySize = {
    kind: 'method',
    api: '1.3',
    call(obj, args, location) {
      obj.queue(location, '1.3', args, (rng: RangeT) => {
        const rows = rng.rect.r1 - rng.rect.r0 + 1;
        const cols = rng.rect.c1 - rng.rect.c0 + 1;
        if (args[0] !== rows || args[1] !== cols) throw invalid(location, `${args[0]} × ${args[1]} values for a ${rows} × ${cols} range`);
      });
      return undefined;
    },
  };
  RangeType.members.getBoundingRect = {
    kind: 'method',
    api: '1.2',
    call(obj, args, location) {
      const other = objectOf(args[0]);
      if (!other) throw invalid(location, 'expected a range');
      const child = obj.child(RangeType, `${obj.path}.getBoundingRect()`, () => {
        const a = obj.live() as RangeT;
        const b = (other as Obj).live() as RangeT;
        if (a.sheet !== b.sheet) throw invalid(location, 'ranges on different sheets');
        return { sheet: a.sheet, rect: { r0: Math.min(a.rect.r0, b.rect.r0), c0: Math.min(a.rect.c0, b.rect.c0), r1: Math.max(a.rect.r1, b.rect.r1), c1: Math.max(a.rect.c1, b.rect.c1) } };
      }, versionAtLeast(obj.core.apiVersion, '1.2') ? undefined : { api: '1.2', location });
      return child.proxy;
    },
  };
}
