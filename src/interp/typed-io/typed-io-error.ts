/**
 * What can go wrong between a workflow's typed values and Argo's strings, whichever interpreter runs it:
 * a parameter its codec refuses (or the workflow does not declare), an output that does not decode.
 * The submit interpreter's `SubmitError` includes both cases.
 */

// model

/** A parameter value refused before anything ran; `message` is the sentence, naming the parameter. */
export interface ParamFailure {
  readonly _tag: 'ParamFailure';
  readonly parameter: string;
  readonly message: string;
}

export interface OutputDecodeFailure {
  readonly _tag: 'OutputDecodeFailure';
  readonly workflow: string;
  readonly output: string;
  readonly raw: string | undefined;
  readonly message: string;
}

export type TypedIoError = ParamFailure | OutputDecodeFailure;

// utils

export const formatTypedIoError = (e: TypedIoError): string =>
  e._tag === 'ParamFailure'
    ? e.message
    : `Workflow ${e.workflow}: output parameter "${e.output}" ` +
      `${e.raw === undefined ? 'is missing' : `has raw value ${JSON.stringify(e.raw)}`} which does not decode: ${e.message}`;
