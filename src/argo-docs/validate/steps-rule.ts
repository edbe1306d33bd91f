import { describeType, field, isRecord, pathKey, str } from '../../argo-model/json-value.js';
import { checkArguments } from './arguments-rule.js';
import { calleeHint } from './call-hint.js';
import { checkHooks, hasExitHook } from './hooks-rule.js';
import { checkInputsSupplied } from './inputs-rule.js';
import { checkLoops, isLooped } from './loops-rule.js';
import { fieldNameError } from './names-rule.js';
import { scopeBuilder } from './scope.js';
import type { VariableScope } from './scope.js';
import { hasTag } from '../../core/tag-scanner.js';
import { collectTaggedStrings, SKIP_INLINE } from './tagged-strings.js';
import { resolveCallee } from './template-ref-rule.js';
import type { Callee } from './template-ref-rule.js';
import type { DocContext, TemplateSite } from './validate-context.js';
import { addCallOutputs, checkVariables } from './variables-rule.js';

interface StepAt {
  readonly step: unknown;
  readonly path: string;
  readonly group: number;
}

/** Flattens `steps: [[...], [...]]` (or `[{steps: [...]}]`) into steps with their group index. */
const flattenGroups = (
  ctx: DocContext,
  site: TemplateSite,
  groups: ReadonlyArray<unknown>,
  at: string,
): ReadonlyArray<StepAt> =>
  groups.flatMap((g, i) => {
    const gp = `${at}[${i}]`;
    const items = Array.isArray(g) ? g : field(g, 'steps');
    if (!Array.isArray(items)) {
      ctx.report({
        template: site.name,
        path: gp,
        rule: 'type',
        message: `step group must be a list of steps (found ${describeType(g)}); write - - name: ...`,
      });
      return [];
    }
    return items.map((step, j) => ({ step, path: `${gp}[${j}]`, group: i }));
  });

/** REFERENCE §4.2 step names: required, well-formed (placeholders allowed), unique across groups. */
const checkStepNames = (
  ctx: DocContext,
  site: TemplateSite,
  steps: ReadonlyArray<StepAt>,
): ReadonlyMap<string, number> => {
  const groupOf = new Map<string, number>();
  for (const s of steps) {
    const w = { template: site.name };
    if (!isRecord(s.step)) {
      ctx.report({
        ...w,
        path: s.path,
        rule: 'type',
        message: `step must be a map with name and template (found ${describeType(s.step)})`,
      });
      continue;
    }
    const name = str(field(s.step, 'name')) ?? '';
    const np = pathKey(s.path, 'name');
    if (name === '') {
      ctx.report({
        ...w,
        path: np,
        rule: 'template-name',
        message: `templates.${site.name}.steps[${s.group}].name is required; add name: to the step`,
      });
      continue;
    }
    const err = hasTag(name) ? undefined : fieldNameError(name);
    if (err !== undefined) ctx.report({ ...w, task: name, path: np, rule: 'template-name', message: `step ${err}` });
    if (groupOf.has(name))
      ctx.report({
        ...w,
        task: name,
        path: np,
        rule: 'template-name',
        message: `templates.${site.name}.steps[${s.group}].name '${name}' is not unique; step names must be unique across all groups of a template`,
      });
    else groupOf.set(name, s.group);
  }
  return groupOf;
};

/**
 * REFERENCE §4.31–§4.33: steps templates. Returns the scope after the last group, against which
 * the template's outputs are checked.
 */
export const checkSteps = (
  ctx: DocContext,
  site: TemplateSite,
  tscope: VariableScope,
  checkInline: (s: TemplateSite) => void,
): VariableScope => {
  const at = pathKey(site.path, 'steps');
  const groups = field(site.node, 'steps');
  const shared = scopeBuilder();
  // The builder's sets are shared, not copied: each step is checked before later ones add to them.
  const sharedScope: VariableScope = { exact: shared.exact, prefixes: shared.prefixes, parent: tscope };
  if (!Array.isArray(groups)) {
    ctx.report({
      template: site.name,
      path: at,
      rule: 'type',
      message: `steps must be a list of step groups (found ${describeType(groups)})`,
    });
    return sharedScope;
  }
  if (groups.length === 0)
    ctx.report({
      template: site.name,
      path: at,
      rule: 'steps',
      message: `steps template '${site.name}' has no step groups; add at least one (- - name: ..., template: ...)`,
    });
  const steps = flattenGroups(ctx, site, groups, at);
  const groupOf = checkStepNames(ctx, site, steps);
  const callees = new Map<string, Callee>();
  let pending: Array<{ readonly name: string; readonly callee: Callee; readonly aggregate: boolean }> = [];
  let group = 0;
  const flush = (): void => {
    for (const p of pending)
      addCallOutputs(shared, `steps.${p.name}`, p.callee, { aggregate: p.aggregate, ancestor: true });
    pending = [];
  };
  for (const s of steps) {
    if (s.group !== group) {
      flush();
      group = s.group;
    }
    if (!isRecord(s.step)) continue;
    const name = str(field(s.step, 'name')) ?? '';
    const w = { template: site.name, ...(name === '' ? {} : { task: name }) };
    const layer = scopeBuilder();
    layer.exact.add(`steps.${name}.status`);
    checkLoops(ctx.report, s.step, s.path, w, shared);
    checkArguments(ctx.report, field(s.step, 'arguments'), pathKey(s.path, 'arguments'), {
      allowEmptyValues: false,
      ...w,
    });
    const callee = resolveCallee(ctx, s.step, s.path, w);
    callees.set(name, callee);
    if (callee.kind === 'resolved')
      checkInputsSupplied(
        ctx.report,
        callee.template,
        callee.name,
        field(s.step, 'arguments'),
        pathKey(s.path, 'arguments'),
        w,
        `pass it in this step's arguments.parameters`,
      );
    checkHooks(ctx, s.step, s.path, w);
    if (hasExitHook(s.step)) addCallOutputs(layer, `steps.${name}`, callee, { aggregate: false, ancestor: false });
    const inline = field(s.step, 'inline');
    if (isRecord(inline))
      checkInline({ node: inline, path: pathKey(s.path, 'inline'), name: `${site.name}.${name}(inline)` });
    const current = s.group;
    const hint = (key: string): string | undefined => {
      if (!key.startsWith('steps.')) return undefined;
      const [, x = '', ...rest] = key.split('.');
      const g = groupOf.get(x);
      if (g === undefined) return `template '${site.name}' has no step named '${x}'`;
      if (g >= current)
        return `step '${x}' runs in ${g === current ? 'the same' : 'a later'} step group (steps[${g}]), so its results are not available yet; reference it from a later group`;
      return calleeHint('step', x, rest.join('.'), callees.get(x));
    };
    checkVariables(
      ctx.report,
      collectTaggedStrings(s.step, s.path, SKIP_INLINE),
      { exact: layer.exact, prefixes: layer.prefixes, parent: sharedScope },
      w,
      hint,
    );
    pending.push({ name, callee, aggregate: isLooped(s.step) });
  }
  flush();
  return sharedScope;
};
