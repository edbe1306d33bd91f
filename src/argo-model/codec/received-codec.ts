// The codec of an answer from a server: the model's codec rebuilt with every object read in `received`
// mode (unknown fields kept, `apiVersion`/`kind` filled in, `null` lists empty), so the decoded value
// has the model's type, a server newer than the model is not refused, and nothing it sent is dropped.
import * as t from 'io-ts';
import { ListType, MapType, listCodec, mapCodec } from './collection-codecs.js';
import { StrictObjectType, strictObject, type FieldCodecs } from './strict-object-codec.js';

type AnyDecoder = t.Decoder<unknown, unknown>;

const rebuilt = new WeakMap<AnyDecoder, AnyDecoder>();

const receivedOf = (codec: AnyDecoder): AnyDecoder => {
  const known = rebuilt.get(codec);
  if (known !== undefined) return known;
  if (codec instanceof t.RecursiveType) {
    // Registered before its body is rebuilt: the body leads back here.
    const rec: AnyDecoder = t.recursion(codec.name, () => receivedOf(codec.type as AnyDecoder) as t.Mixed);
    rebuilt.set(codec, rec);
    return rec;
  }
  const out =
    codec instanceof StrictObjectType
      ? strictObject<object>(
          codec.name,
          Object.fromEntries([...codec.fields].map(([k, f]) => [k, receivedOf(f)])) as FieldCodecs<object>,
          codec.required as ReadonlyArray<never>,
          'received',
        )
      : codec instanceof ListType
        ? listCodec(receivedOf(codec.item))
        : codec instanceof MapType
          ? mapCodec(receivedOf(codec.value))
          : codec;
  rebuilt.set(codec, out);
  return out;
};

/**
 * `codec` for reading what a server sends: tolerant of fields the model does not know (they are kept),
 * strict about the fields it does know. Documents we write or send keep the strict codec.
 */
export const receivedCodec = <A>(codec: t.Type<A, A, unknown>): t.Decoder<unknown, A> =>
  receivedOf(codec) as t.Decoder<unknown, A>;
