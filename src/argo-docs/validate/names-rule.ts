import type { Report } from './problem.js';
import { describeType, field, isRecord, pathIndex, pathKey, str } from '../../argo-model/json-value.js';
import { hasTag } from '../../core/tag-scanner.js';
import type { ArgoKind } from '../import/argo-kinds.js';

// Limits from validate.go (maxCharsInObjectName, workflowFieldMaxLength) and the CRD
// (crd-full-workflows.yaml: templates[].name maxLength 128, pattern below).
const MAX_OBJECT_NAME = 63;
const MAX_CRON_NAME = 52;
export const MAX_FIELD_NAME = 128;
export const FIELD_NAME = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
export const PARAM_NAME = /^[-a-zA-Z0-9_]+$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const FIELD_NAME_HINT =
  "name must consist of alpha-numeric characters or '-', and must start with an alpha-numeric character (e.g. My-name1-2, 123-NAME)";
const PARAM_NAME_HINT =
  "Parameter/Artifact name must consist of alpha-numeric characters, '_' or '-' e.g. my_param_1, MY-PARAM-1";

/**
 * REFERENCE §4.1: metadata.name length (52 for CronWorkflow) and DNS-1123 form. A missing name is
 * left to the API server, as `argo lint` does (upstream examples rely on it).
 */
export const checkMetadataName = (report: Report, kind: ArgoKind | 'WorkflowEventBinding', metadata: unknown): void => {
  if (!isRecord(metadata)) {
    report({
      path: 'metadata',
      rule: 'document',
      message: `metadata must be a map with a name (found ${describeType(metadata)}); add metadata: {name: my-${kind.toLowerCase()}}`,
    });
    return;
  }
  const name = field(metadata, 'name');
  if (name !== undefined && typeof name !== 'string') {
    report({
      path: 'metadata.name',
      rule: 'type',
      message: `metadata.name must be a string (found ${describeType(name)})`,
    });
    return;
  }
  if (typeof name !== 'string' || name === '') return;
  const max = kind === 'CronWorkflow' ? MAX_CRON_NAME : MAX_OBJECT_NAME;
  if (name.length > max) {
    const why =
      kind === 'CronWorkflow' ? ' (room is kept for the -<timestamp> suffix of the workflows it creates)' : '';
    report({
      path: 'metadata.name',
      rule: 'metadata-name',
      message: `${kind} name "${name}" must not be more than ${max} characters long (currently ${name.length})${why}; shorten it`,
    });
  }
  if (!DNS1123_SUBDOMAIN.test(name)) {
    report({
      path: 'metadata.name',
      rule: 'metadata-name',
      message: `metadata.name "${name}" is not a valid Kubernetes name: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`,
    });
  }
};

/** The error for one template/step/task/container name, or undefined when it is valid. */
export const fieldNameError = (name: string): string | undefined => {
  if (name.length > MAX_FIELD_NAME)
    return `name '${name}' is ${name.length} characters long; at most ${MAX_FIELD_NAME} are allowed, shorten it`;
  if (!FIELD_NAME.test(name)) return `name '${name}' is invalid: ${FIELD_NAME_HINT}`;
  return undefined;
};

export const paramNameError = (name: string): string | undefined =>
  PARAM_NAME.test(name) ? undefined : `name '${name}' is invalid: ${PARAM_NAME_HINT}`;

export interface NamedListOptions {
  readonly what: string;
  readonly style: 'field' | 'param';
  readonly template?: string;
  /** Step names may carry `{{...}}` placeholders resolved at run time. */
  readonly allowTags?: boolean;
}

/**
 * REFERENCE §4.2 / §4.3 (validateWorkflowFieldNames): every item of a list is a map with a
 * non-empty, well-formed, unique name. Returns the names seen (first occurrence wins).
 */
export const checkNamedList = (
  report: Report,
  items: ReadonlyArray<unknown>,
  path: string,
  o: NamedListOptions,
): ReadonlyMap<string, number> => {
  const seen = new Map<string, number>();
  const tmpl = o.template === undefined ? {} : { template: o.template };
  const rule = o.style === 'field' ? 'template-name' : 'param-name';
  items.forEach((item, i) => {
    if (!isRecord(item)) {
      report({
        ...tmpl,
        path: pathIndex(path, i),
        rule: 'type',
        message: `${o.what} must be a map with a name (found ${describeType(item)})`,
      });
      return;
    }
    const raw = field(item, 'name');
    const name = str(raw) ?? (typeof raw === 'number' ? String(raw) : undefined);
    // Paths are spelled out only for a report: valid lists are the common case.
    const namePath = (): string => pathKey(pathIndex(path, i), 'name');
    if (name === undefined || name === '') {
      report({
        ...tmpl,
        path: namePath(),
        rule,
        message: `${o.what} name is required; add name: to ${pathIndex(path, i)}`,
      });
      return;
    }
    const err =
      o.allowTags === true && hasTag(name)
        ? undefined
        : o.style === 'field'
          ? fieldNameError(name)
          : paramNameError(name);
    if (err !== undefined) report({ ...tmpl, path: namePath(), rule, message: `${o.what} ${err}` });
    const prev = seen.get(name);
    if (prev !== undefined) {
      report({
        ...tmpl,
        path: namePath(),
        rule,
        message: `${o.what} name '${name}' is not unique: ${pathIndex(path, prev)} has the same name; rename one of them`,
      });
    } else seen.set(name, i);
  });
  return seen;
};
