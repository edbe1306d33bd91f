import * as E from 'fp-ts/lib/Either.js';
import type { ParamCodec } from './param-codecs.js';
import { hasTag } from './tag-scanner.js';

/**
 * A parameter value given as Argo's text (`-p n=12345678901234567890`): checked with the codec, then
 * sent as these exact characters, never re-encoded through a JS value (which would round that number,
 * or quote a JSON string a second time).
 */
export interface ParamText {
  readonly _tag: 'ParamText';
  readonly text: string;
}

export const paramText = (text: string): ParamText => ({ _tag: 'ParamText', text });

const isParamText = (u: unknown): u is ParamText => typeof u === 'object' && u !== null && (u as { _tag?: unknown })._tag === 'ParamText';

/** Whether `text` can go to Argo as it is: the codec decodes it, a `{{...}}` tag resolves at run time, or there is no codec. */
const passesAsText = <A>(text: string, codec: ParamCodec<A> | undefined): boolean =>
  codec === undefined || hasTag(text) || E.isRight(codec.decode(text));

/**
 * A parameter value in the string form Argo stores, or why it has none. The one encoder behind call
 * arguments, defaults and enums (the builders) and submission parameters (the client):
 * - a `ParamText` is sent as its exact text when it passes (below);
 * - a value the parameter's codec accepts is encoded by it (`3`, `true`, JSON);
 * - a string passes as it is when it is already that form (the codec decodes it), holds a `{{...}}` tag
 *   Argo resolves at run time, or the parameter has no codec;
 * - anything else is refused, never guessed at.
 * @category utils
 */
export const encodeParam = <A>(value: unknown, codec: ParamCodec<A> | undefined): E.Either<string, string> => {
  if (isParamText(value)) {
    if (codec === undefined || passesAsText(value.text, codec)) return E.right(value.text);
    return E.left(refusal(value.text, codec));
  }
  if (codec !== undefined && codec.is(value)) return E.right(codec.encode(value));
  if (typeof value === 'string' && passesAsText(value, codec)) return E.right(value);
  return E.left(codec === undefined ? 'has no codec; pass the value as a string' : refusal(value, codec));
};

/** Why the codec refuses a value, as a verb phrase its caller puts a subject in front of. */
const refusal = <A>(value: unknown, codec: ParamCodec<A>): string => {
  const failed = codec.decode(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
  const why = E.isLeft(failed) ? failed.left[0]?.message : undefined;
  return why?.startsWith('expected ') === true
    ? `expects ${why.slice('expected '.length)}`
    : `expects a valid ${codec.name}, got ${JSON.stringify(value) ?? String(value)}`;
};
