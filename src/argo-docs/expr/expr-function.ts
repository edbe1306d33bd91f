import type { ExprValue } from './expr-value.js';

// model

/** A function callable from an expression; throws `FunctionError` with a sentence. @category model */
export type ExprFunction = (args: ReadonlyArray<ExprValue>) => ExprValue;

/** A function's refusal of its arguments; the evaluator adds the function's name and position. @category model */
export class FunctionError extends Error {}

// utils

/** The type name expr-lang prints in errors. @category utils */
export const typeName = (v: ExprValue): string =>
  v === null ? 'nil' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'map' : typeof v === 'number' ? 'number' : typeof v;

/** Checks the argument count of `name`. @category utils */
export const arity = (args: ReadonlyArray<ExprValue>, min: number, max = min): void => {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new FunctionError(`takes ${want} argument${want === '1' ? '' : 's'}, not ${args.length}`);
  }
};

/** The string argument at `i`, or a sentence saying what it was instead. @category utils */
export const str = (args: ReadonlyArray<ExprValue>, i: number): string => {
  const v = args[i] ?? null;
  if (typeof v !== 'string') throw new FunctionError(`needs a string as argument ${i + 1}, not ${typeName(v)}`);
  return v;
};

/** The number argument at `i`. @category utils */
export const num = (args: ReadonlyArray<ExprValue>, i: number): number => {
  const v = args[i] ?? null;
  if (typeof v !== 'number') throw new FunctionError(`needs a number as argument ${i + 1}, not ${typeName(v)}`);
  return v;
};

/** The list argument at `i`. @category utils */
export const arr = (args: ReadonlyArray<ExprValue>, i: number): ReadonlyArray<ExprValue> => {
  const v = args[i] ?? null;
  if (!Array.isArray(v)) throw new FunctionError(`needs a list as argument ${i + 1}, not ${typeName(v)}`);
  return v;
};
