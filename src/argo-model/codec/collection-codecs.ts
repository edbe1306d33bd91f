// List and map codecs that keep the input when nothing inside changed (fast path for large documents).
import * as t from 'io-ts';
import { isRecord } from '../json-value.js';
import { describeValue } from './describe-value.js';

export class ListType<A> extends t.Type<ReadonlyArray<A>, ReadonlyArray<A>, unknown> {
  readonly _tag = 'ListType' as const;
  constructor(readonly item: t.Decoder<unknown, A>) {
    super(
      `Array<${item.name}>`,
      (u): u is ReadonlyArray<A> => Array.isArray(u),
      (u, c) => {
        if (!Array.isArray(u)) return t.failure(u, c, `expected a list, got ${describeValue(u)}`);
        const errors: t.ValidationError[] = [];
        let out: A[] | undefined;
        for (let i = 0; i < u.length; i++) {
          const v: unknown = u[i];
          const r = item.validate(v, t.appendContext(c, String(i), item, v));
          if (r._tag === 'Left') for (const e of r.left) errors.push(e);
          else if (r.right !== v) (out ??= [...(u as A[])])[i] = r.right;
        }
        return errors.length > 0 ? t.failures(errors) : t.success(out ?? (u as ReadonlyArray<A>));
      },
      t.identity,
    );
  }
}

export const listCodec = <A>(item: t.Decoder<unknown, A>): ListType<A> => new ListType(item);

export class MapType<A> extends t.Type<Readonly<Record<string, A>>, Readonly<Record<string, A>>, unknown> {
  readonly _tag = 'MapType' as const;
  constructor(readonly value: t.Decoder<unknown, A>) {
    super(
      `Record<string, ${value.name}>`,
      (u): u is Readonly<Record<string, A>> => isRecord(u),
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c, `expected a map, got ${describeValue(u)}`);
        const input = u;
        const errors: t.ValidationError[] = [];
        let out: Record<string, A> | undefined;
        for (const key of Object.keys(input)) {
          const v = input[key];
          const r = value.validate(v, t.appendContext(c, key, value, v));
          if (r._tag === 'Left') for (const e of r.left) errors.push(e);
          else if (r.right !== v) (out ??= { ...(input as Record<string, A>) })[key] = r.right;
        }
        return errors.length > 0 ? t.failures(errors) : t.success(out ?? (input as Readonly<Record<string, A>>));
      },
      t.identity,
    );
  }
}

export const mapCodec = <A>(value: t.Decoder<unknown, A>): MapType<A> => new MapType(value);
