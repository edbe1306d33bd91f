// Renders the TypeScript interfaces of one group.
import type { Definition, Group, TypeRef } from './model-ir.js';
import { dependenciesOf } from './model-ir.js';
import { docComment, header, propertyName, quoted } from './render-common.js';

export const typesFile = (group: Group): string => `${group}-types.ts`;

const typeText = (type: TypeRef, names: ReadonlyMap<string, string>): string => {
  switch (type.tag) {
    case 'ref':
      return names.get(type.key) ?? type.key;
    case 'string':
    case 'anyString':
    case 'quantity':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'unknown':
      return 'unknown';
    case 'unknownRecord':
      return 'Readonly<Record<string, unknown>>';
    case 'intOrString':
      return 'number | string';
    case 'literal':
      return quoted(type.value);
    case 'array':
      return `ReadonlyArray<${typeText(type.items, names)}>`;
    case 'record':
      return `Readonly<Record<string, ${typeText(type.values, names)}>>`;
  }
};

const definitionText = (d: Definition, names: ReadonlyMap<string, string>): string => {
  const doc = docComment(d.description, '');
  if (d.shape.tag === 'alias') return `${doc}export type ${d.name} = ${typeText(d.shape.type, names)};\n`;
  const fields = d.shape.fields
    .map((f) => `${docComment(f.description, '  ')}  readonly ${propertyName(f.name)}${f.required ? '' : '?'}: ${typeText(f.type, names)};\n`)
    .join('');
  return `${doc}export interface ${d.name} {\n${fields}}\n`;
};

export const renderTypes = (group: Group, defs: ReadonlyArray<Definition>, names: ReadonlyMap<string, string>): string => {
  const own = defs.filter((d) => d.group === group).sort((a, b) => (a.name < b.name ? -1 : 1));
  const groupOf = new Map(defs.map((d) => [d.key, d.group]));
  const imports = new Map<Group, Set<string>>();
  for (const d of own) {
    for (const dep of dependenciesOf(d)) {
      const g = groupOf.get(dep);
      if (g !== undefined && g !== group) imports.set(g, (imports.get(g) ?? new Set()).add(names.get(dep) ?? dep));
    }
  }
  const importLines = [...imports.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([g, set]) => `import type {\n${[...set].sort().map((n) => `  ${n},\n`).join('')}} from './${typesFile(g).replace(/\.ts$/, '.js')}';\n`)
    .join('');
  const body = own.map((d) => definitionText(d, names)).join('\n');
  return `${header(`TypeScript types of the ${group === 'argo' ? 'Argo Workflows' : 'Kubernetes'} definitions.`)}${importLines}${importLines === '' ? '' : '\n'}${body}`;
};
