import { exprString, exprVariable } from '../core/expr-variable.js';
import { expressionSource, type NodeName } from '../core/scope.js';
import { scanNodeRefs } from '../core/tag-scanner.js';
import { isCondition, type Condition } from './condition.js';
import { conditionParts } from './condition-parts.js';
import { isRef, makeRef, type Ref } from './ref.js';

// model

/** A literal `expression` writes into its text: a string (quoted), a number, a boolean, or a list of them. @category model */
export type ExpressionLiteral = string | number | boolean | ReadonlyArray<string | number | boolean>;

/**
 * What `expression` splices in: a ref, read as an expr-lang variable; a typed condition (`eq(...)`, checked
 * like a `when`), in expr-lang and parenthesised; or a literal.
 * @category model
 */
export type ExpressionValue = Ref<unknown> | Condition | ExpressionLiteral;

/**
 * An expr-lang expression over refs, typed by what it evaluates to. Where a value goes (an argument, a
 * `when`, a string) it renders as `{{=...}}`; where Argo wants an expression (a dag's or steps' output,
 * `retryStrategy.expression`, a hook's `expression`), as its bare text.
 * @category model
 */
export interface Expression<A> extends Ref<A> {
  /** Its text, with the refs it reads in their places: what it renders from. */
  readonly parts: ReadonlyArray<string | Ref<unknown>>;
}

// utils

const literal = (v: ExpressionLiteral): string => {
  if (typeof v === 'string') return exprString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `[${v.map(literal).join(', ')}]`;
};

/** @category refinements */
export const isExpression = (u: unknown): u is Expression<unknown> => isRef(u) && Array.isArray((u as { parts?: unknown }).parts);

/**
 * The text of an expression. Each ref is an expr-lang variable, unless `substituted` says Argo replaces it
 * as a `{{...}}` tag before evaluating (a `retryStrategy.expression` sees only `lastRetry`, not the
 * template's inputs); a nested expression is parenthesised.
 * @category utils
 */
export const expressionText = (e: Expression<unknown>, substituted?: (r: Ref<unknown>) => boolean): string =>
  e.parts
    .map((p) =>
      typeof p === 'string'
        ? p
        : isExpression(p)
          ? `(${expressionText(p, substituted)})`
          : substituted?.(p) === true
            ? `{{${p.expr}}}`
            : exprVariable(p.expr),
    )
    .join('');

/** An expression from its parts; `names` are the tasks or steps its own text names. */
const fromParts = <A>(parts: ReadonlyArray<string | Ref<unknown>>, names: ReadonlyArray<NodeName>): Expression<A> => {
  const kept = Object.freeze(parts.filter((p) => p !== ''));
  const source = expressionSource(kept.filter(isRef).map((r) => r.source), names);
  const text = expressionText({ parts: kept } as Expression<unknown>);
  return Object.freeze({ ...makeRef<A>(`=${text}`, source), parts: kept }) as Expression<A>;
};

// constructors

/**
 * A typed condition as an expr-lang expression, for where Argo reads expr-lang (a hook's `expression`):
 * ```ts
 * conditionExpression(eq(wf.status, 'Running'))   // workflow.status == 'Running'
 * conditionExpression(gt(n.out.result, 5))        // asFloat(tasks.n.outputs.result) > 5
 * ```
 * @category constructors
 */
export const conditionExpression = (c: Condition): Expression<boolean> => fromParts(conditionParts(c.node), []);

/**
 * An expr-lang expression (Argo's `{{= ...}}`) built from refs, typed by its result `A` (default
 * `string`; given, never guessed from where it goes). Refs are spliced in as variables, in expr-lang's form for names with dashes; any other
 * value is written as a literal (strings quoted). The tasks it reads are waited on, like those an
 * argument reads.
 * ```ts
 * const next = expression<number>`asInt(${r.out.result}) + 1`;
 * d.task('next', work, { n: next });
 * // arguments: {parameters: [{name: n, value: "{{=asInt(tasks.r.outputs.result) + 1}}"}]}
 *
 * s.outputs({ stepresult: expression`${flip.out.result} == ${'heads'} ? ${heads.out.result} : ${tails.out.result}` });
 * // outputs:
 * //   parameters:
 * //   - name: stepresult
 * //     valueFrom:
 * //       expression: "steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.result : steps.tails.outputs.result"
 *
 * hook({ template: notify, expression: expression<boolean>`${eq(wf.status, 'Running')} && ${ne(flip.status, 'Skipped')}` });
 * // expression: "(workflow.status == 'Running') && (steps.flip.status != 'Skipped')"
 * ```
 * A comparison written in the text (`${wf.status} == 'Runing'`) is not checked; one built with `eq`, `ne`,
 * `inList`, ... is, as in a `when`.
 * @category constructors
 */
export const expression = <A = string>(
  strings: TemplateStringsArray,
  ...values: ReadonlyArray<ExpressionValue>
): Expression<NoInfer<A>> => {
  const parts: Array<string | Ref<unknown>> = [];
  let run = strings[0] ?? '';
  values.forEach((v, i) => {
    if (isRef(v) || isCondition(v)) {
      parts.push(run, isRef(v) ? v : conditionExpression(v));
      run = '';
    } else run += literal(v);
    run += strings[i + 1] ?? '';
  });
  parts.push(run);
  return fromParts<A>(parts, scanNodeRefs(`{{=${strings.join(' ')}}}`));
};
