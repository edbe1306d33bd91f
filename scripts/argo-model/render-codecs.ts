// Renders the io-ts codecs of one group, in dependency order.
import type { CodecOrder } from './codec-order.js';
import type { Definition, Group, TypeRef } from './model-ir.js';
import { dependenciesOf } from './model-ir.js';
import { header, propertyName, quoted } from './render-common.js';
import { typesFile } from './render-types.js';

export const codecsFile = (group: Group): string => `${group}-codecs.ts`;

export const codecName = (typeName: string): string => `${typeName}Codec`;

const LEAVES = {
  string: 'stringCodec',
  integer: 'integerCodec',
  number: 'numberCodec',
  boolean: 'booleanCodec',
  unknown: 'unknownCodec',
  unknownRecord: 'unknownRecordCodec',
  intOrString: 'intOrStringCodec',
  anyString: 'anyStringCodec',
  quantity: 'quantityCodec',
} as const;

const codecText = (type: TypeRef, names: ReadonlyMap<string, string>): string => {
  switch (type.tag) {
    case 'ref':
      return codecName(names.get(type.key) ?? type.key);
    case 'literal':
      return `literalCodec(${quoted(type.value)})`;
    case 'array':
      return `listCodec(${codecText(type.items, names)})`;
    case 'record':
      return `mapCodec(${codecText(type.values, names)})`;
    default:
      return LEAVES[type.tag];
  }
};

const definitionCodec = (d: Definition, names: ReadonlyMap<string, string>, recursive: boolean): string => {
  const annotation = `t.Type<${d.name}, ${d.name}, unknown>`;
  let body: string;
  if (d.shape.tag === 'alias') {
    body = codecText(d.shape.type, names);
  } else {
    const fields = d.shape.fields.map((f) => `    ${propertyName(f.name)}: ${codecText(f.type, names)},\n`).join('');
    const required = d.shape.fields.filter((f) => f.required).map((f) => quoted(f.name));
    body = `strictObject<${d.name}>(\n  '${d.name}',\n  {\n${fields}  },\n  [${required.join(', ')}],\n)`;
  }
  const value = recursive ? `t.recursion<${d.name}>('${d.name}', () =>\n${body.replace(/^/gm, '  ')},\n)` : body;
  return `export const ${codecName(d.name)}: ${annotation} = ${value};\n`;
};

const leavesUsed = (text: string): ReadonlyArray<string> =>
  [...Object.values(LEAVES), 'literalCodec'].filter((n) => new RegExp(`\\b${n}\\b`).test(text)).sort();

export const renderCodecs = (
  group: Group,
  defs: ReadonlyArray<Definition>,
  names: ReadonlyMap<string, string>,
  { order, recursive }: CodecOrder,
): string => {
  const own = order.filter((d) => d.group === group);
  const groupOf = new Map(defs.map((d) => [d.key, d.group]));
  const body = own.map((d) => definitionCodec(d, names, recursive.has(d.key))).join('\n');
  const foreign = new Map<Group, Set<string>>();
  for (const d of own) {
    for (const dep of dependenciesOf(d)) {
      const g = groupOf.get(dep);
      if (g !== undefined && g !== group) foreign.set(g, (foreign.get(g) ?? new Set()).add(codecName(names.get(dep) ?? dep)));
    }
  }
  const list = (items: Iterable<string>): string => [...items].sort().map((n) => `  ${n},\n`).join('');
  const usesList = /\blistCodec\(/.test(body);
  const usesMap = /\bmapCodec\(/.test(body);
  const collections = [usesList ? 'listCodec' : '', usesMap ? 'mapCodec' : ''].filter((s) => s !== '');
  const lines = [
    `import * as t from 'io-ts';\n`,
    collections.length > 0 ? `import { ${collections.join(', ')} } from '../codec/collection-codecs.js';\n` : '',
    `import {\n${list(leavesUsed(body))}} from '../codec/leaf-codecs.js';\n`,
    /\bstrictObject</.test(body) ? `import { strictObject } from '../codec/strict-object-codec.js';\n` : '',
    ...[...foreign.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, set]) => `import {\n${list(set)}} from './${codecsFile(g).replace(/\.ts$/, '.js')}';\n`),
    `import type {\n${list(own.map((d) => d.name))}} from './${typesFile(group).replace(/\.ts$/, '.js')}';\n`,
  ];
  return `${header(`io-ts codecs of the ${group === 'argo' ? 'Argo Workflows' : 'Kubernetes'} definitions (exact: unknown fields are errors).`)}${lines.join('')}\n${body}`;
};
