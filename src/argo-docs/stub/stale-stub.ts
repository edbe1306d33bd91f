/**
 * Where a stub no longer matches the template it names: an input added, removed, retyped or made
 * required, an output or `result` gone, a global or an artifact argument changed, a template or the whole
 * document gone. Inputs
 * the stub has but the template lost, and required inputs it lacks, break calls at run time.
 */
import type { ArgumentArtifactSignature, ArtifactSignature, LibrarySignature, ParamSignature, TemplateSignature } from './template-signature.js';

/** One difference: where (`template 'x' input 'y'`) and what. */
export interface StubDrift {
  readonly where: string;
  readonly message: string;
}

const typeName = (p: ParamSignature): string => (p.type === 'enum' ? `enum (${(p.enum ?? []).join(', ')})` : p.type);

const paramDrift = (where: string, what: string, stub: ReadonlyArray<ParamSignature>, live: ReadonlyArray<ParamSignature>): ReadonlyArray<StubDrift> => {
  const out: StubDrift[] = [];
  for (const l of live) {
    const s = stub.find((p) => p.name === l.name);
    const at = `${where}${what} '${l.name}'`;
    if (s === undefined) out.push({ where: at, message: `was added (${typeName(l)}${l.required ? ', required' : ''}); the stub does not declare it` });
    else if (typeName(s) !== typeName(l)) out.push({ where: at, message: `is ${typeName(l)} in the template, ${typeName(s)} in the stub` });
    else if (l.required && !s.required) out.push({ where: at, message: 'has no default any more: callers must give it, and the stub lets them leave it out' });
  }
  for (const s of stub)
    if (!live.some((l) => l.name === s.name)) out.push({ where: `${where}${what} '${s.name}'`, message: 'was removed from the template; the stub still declares it' });
  return out;
};

const artifactDrift = (where: string, stub: ReadonlyArray<ArtifactSignature>, live: ReadonlyArray<ArtifactSignature>): ReadonlyArray<StubDrift> => [
  ...live.flatMap((l) => {
    const s = stub.find((a) => a.name === l.name);
    if (s === undefined) return [{ where: `${where}input artifact '${l.name}'`, message: `was added${l.required ? ' (required)' : ''}; the stub does not declare it` }];
    return l.required && !s.required ? [{ where: `${where}input artifact '${l.name}'`, message: 'is required now; the stub lets callers leave it out' }] : [];
  }),
  ...stub.filter((s) => !live.some((l) => l.name === s.name)).map((s) => ({ where: `${where}input artifact '${s.name}'`, message: 'was removed from the template; the stub still declares it' })),
];

/**
 * Artifact arguments added or removed: one the template stopped giving its entrypoint must now come
 * from every run, which the stub lets callers leave out. Where they are stored is the template's business.
 */
const argumentArtifactDrift = (stub: ReadonlyArray<ArgumentArtifactSignature>, live: ReadonlyArray<ArgumentArtifactSignature>): ReadonlyArray<StubDrift> => [
  ...live.filter((l) => !stub.some((s) => s.name === l.name)).map((l) => ({ where: `artifact argument '${l.name}'`, message: 'was added; the stub does not declare it' })),
  ...stub
    .filter((s) => !live.some((l) => l.name === s.name))
    .map((s) => ({ where: `artifact argument '${s.name}'`, message: 'was removed from the template; the stub still declares it, so runs that leave it out fail' })),
];

/** Outputs the stub promises and the template no longer has: callers that read them would fail. */
const goneOutputs = (where: string, what: string, stub: ReadonlyArray<string>, live: ReadonlyArray<string>): ReadonlyArray<StubDrift> =>
  stub.filter((n) => !live.includes(n)).map((n) => ({ where: `${where}${what} '${n}'`, message: 'was removed from the template; the stub still declares it' }));

const templateDrift = (stub: TemplateSignature, live: TemplateSignature): ReadonlyArray<StubDrift> => {
  const where = `template '${stub.name}' `;
  return [
    ...paramDrift(where, 'input', stub.inputs, live.inputs),
    ...artifactDrift(where, stub.inputArtifacts, live.inputArtifacts),
    ...goneOutputs(where, 'output', stub.outputs, live.outputs),
    ...goneOutputs(where, 'output artifact', stub.outputArtifacts, live.outputArtifacts),
    ...(stub.result && !live.result ? [{ where: `${where}result`, message: 'the template no longer has a result (it is no container or script any more)' }] : []),
  ];
};

/** Every difference between a stub and the template it names (`undefined`: no such template was found). */
export const stubDrift = (stub: LibrarySignature, live: LibrarySignature | undefined, found: string): ReadonlyArray<StubDrift> => {
  if (live === undefined) return [{ where: `${stub.kind} '${stub.name}'`, message: `is not in ${found}` }];
  return [
    ...paramDrift('', 'global', stub.globals, live.globals),
    ...argumentArtifactDrift(stub.artifacts, live.artifacts),
    ...(stub.entrypoint !== live.entrypoint
      ? [{ where: 'entrypoint', message: `is ${live.entrypoint === undefined ? 'not set' : `'${live.entrypoint}'`} in the template, ${stub.entrypoint === undefined ? 'not set' : `'${stub.entrypoint}'`} in the stub` }]
      : []),
    ...stub.templates.flatMap((t) => {
      const l = live.templates.find((x) => x.name === t.name);
      return l === undefined ? [{ where: `template '${t.name}'`, message: `was removed from ${stub.kind} '${stub.name}'; the stub still declares it` }] : templateDrift(t, l);
    }),
  ];
};
