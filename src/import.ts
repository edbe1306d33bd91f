/**
 * tiphys/import: read Argo YAML (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow) into the
 * typed model, with every problem located, and convert it into tiphys TypeScript (`convert`). A separate entry
 * point because it loads the generated model's codecs, which `import ... from 'tiphys'` (and `tiphys build`)
 * never does.
 * @packageDocumentation
 */
export { fromYaml, importYaml } from './argo-docs/import/from-yaml.js';
export { convert } from './argo-docs/convert/convert.js';
export { convertFiles } from './argo-docs/convert/convert-files.js';

// Types the signatures above name, so users can name them too (test/public-api.test.ts checks none is missing).
export type { ArgoDocument } from './argo-docs/import/decode-argo-document.js';
export type {
  DocumentImport,
  ImportedArgo,
  ImportedDocument,
  ImportedStream,
  ImportedYaml,
  ImportProblem,
  Located,
  SkippedDocument,
} from './argo-docs/import/from-yaml.js';
export type { ConvertedDocument, ConvertOptions, ConvertResult, LibraryExport } from './argo-docs/convert/convert.js';
export type { ConvertedWhen } from './argo-docs/convert/emit-context.js';
export type { ConvertInput } from './argo-docs/convert/convert-files.js';
export type { ParseYamlOptions } from './argo-docs/yaml/parse-yaml.js';
export type { YamlLocation, YamlPath } from './argo-docs/yaml/yaml-locate.js';
