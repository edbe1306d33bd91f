// The Argo interpreter's public surface: the generated model, decoding, and YAML import.
export type * from '../../argo-model/generated/index.js';
export type { ArgoKind } from './argo-kinds.js';
export { ARGO_API_VERSION, ARGO_KINDS, isArgoKind } from './argo-kinds.js';
export type { ArgoDocument } from './decode-argo-document.js';
export { decodeArgoDocument, decodeWith } from './decode-argo-document.js';
export type {
  DocumentImport,
  ImportedArgo,
  ImportedDocument,
  ImportedStream,
  ImportedYaml,
  ImportProblem,
  SkippedDocument,
} from './from-yaml.js';
export { formatImportProblem, fromYaml, importYaml } from './from-yaml.js';
export type { PathSegment } from '../../argo-model/json-value.js';
export type { ModelProblem } from './model-problem.js';
export { formatModelProblem } from './model-problem.js';
