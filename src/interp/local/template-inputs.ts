// Arguments meet a template's inputs (Argo's ProcessArgs): a passed value wins over the input's `value`,
// which wins over its `default`; an artifact argument with a location becomes the input's location.
import type { Artifact, Template } from '../../argo-model/generated/index.js';
import type { LocalArtifact } from './leaf-runner.js';
import { trySubstitute } from './run-expressions.js';
import { layer, type Scope } from './run-scope.js';

/** What a caller passes: parameter strings, artifacts already in the temp store, artifact locations. */
export interface CallArguments {
  readonly parameters: ReadonlyMap<string, string>;
  readonly artifacts: ReadonlyMap<string, LocalArtifact>;
  /** Argument artifacts given by location (`raw`, `s3`, `http`...), merged into the template's inputs. */
  readonly locations: ReadonlyArray<Artifact>;
  /** Parameters passed as a bare reference to an absent value (a Skipped or Omitted producer's output): the reference. */
  readonly absent?: ReadonlyMap<string, string>;
}

export const NO_ARGUMENTS: CallArguments = { parameters: new Map(), artifacts: new Map(), locations: [] };

export interface BoundInputs {
  readonly parameters: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, LocalArtifact>>;
  /** The template with argument locations merged into its input artifacts. */
  readonly template: Template;
}

const hasLocation = (a: Artifact): boolean =>
  a.raw !== undefined || a.s3 !== undefined || a.http !== undefined || a.git !== undefined || a.gcs !== undefined ||
  a.oss !== undefined || a.hdfs !== undefined || a.azure !== undefined || a.artifactory !== undefined || a.plugin !== undefined;

/** The template's inputs bound to `args`, or a sentence naming what is missing. */
export const bindInputs = (template: Template, args: CallArguments): BoundInputs | string => {
  const parameters: Record<string, string> = {};
  for (const p of template.inputs?.parameters ?? []) {
    const value = args.parameters.get(p.name) ?? p.value ?? p.default;
    if (value === undefined) {
      const ref = args.absent?.get(p.name);
      if (ref !== undefined) {
        return `inputs.parameters.${p.name} has no value: its argument ${ref} is an absent optional (the output of a Skipped or Omitted producer, with no valueFrom.default) and the input has no default`;
      }
      return `inputs.parameters.${p.name} was not supplied`;
    }
    if (p.enum !== undefined && !p.enum.includes(value)) {
      return `inputs.parameters.${p.name}: value '${value}' is not one of the enum values ${JSON.stringify(p.enum)}`;
    }
    parameters[p.name] = value;
  }
  const artifacts: Record<string, LocalArtifact> = {};
  const located = new Map(args.locations.map((a) => [a.name, a]));
  const declared = template.inputs?.artifacts ?? [];
  const merged = declared.map((a) => {
    const stored = args.artifacts.get(a.name);
    if (stored !== undefined) artifacts[a.name] = stored;
    const location = located.get(a.name);
    return location === undefined ? a : { ...a, ...location, ...(a.path !== undefined && { path: a.path }) };
  });
  for (const a of merged) {
    if (artifacts[a.name] === undefined && !hasLocation(a) && a.optional !== true) return `inputs.artifacts.${a.name} was not supplied`;
  }
  const bound = declared.length === 0 ? template : { ...template, inputs: { ...template.inputs, artifacts: merged } };
  return { parameters, artifacts, template: bound };
};

/**
 * The parameter values after Argo's SubstituteParams: the template's tags are replaced first from the
 * workflow's variables (`value: "{{ workflow.mainEntrypoint }}"`), then from the inputs so replaced (an input's
 * `{{= }}` reading another input); a tag that cannot be resolved in a pass is left for the next one.
 */
export const substituteInputs = (inputs: BoundInputs, globals: Scope): BoundInputs => {
  const pass = (values: Readonly<Record<string, string>>, scope: Scope): Record<string, string> =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, trySubstitute(v, scope) ?? v]));
  const first = pass(inputs.parameters, globals);
  const own = layer(globals, Object.entries(first).map(([k, v]) => [`inputs.parameters.${k}`, v] as const));
  return { ...inputs, parameters: pass(first, own) };
};
