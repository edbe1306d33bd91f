// The Argo interpreter's public surface: the generated model, decoding, and YAML import.
export type * from './model/index.js';
export type { ArgoDocument, ArgoKind } from './decode-argo-document.js';
export { ARGO_API_VERSION, ARGO_KINDS, decodeArgoDocument, decodeWith, isArgoKind } from './decode-argo-document.js';
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
export type { ModelProblem, PathSegment } from './model-problem.js';
export { formatModelProblem } from './model-problem.js';
