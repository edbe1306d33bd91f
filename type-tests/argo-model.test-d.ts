// The generated Argo model: readable names, exact fields, IntOrString, readonly collections.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import type { Container, DAGTask, Template, Workflow, WorkflowStep } from '../src/argo-model/generated/index.js';
import { TemplateCodec } from '../src/argo-model/generated/index.js';
import type { ArgoDocument } from '../src/argo-docs/import/decode-argo-document.js';

declare const wf: Workflow;
expectType<'Workflow'>(wf.kind);
expectType<string | undefined>(wf.spec.entrypoint);
expectType<ReadonlyArray<Template> | undefined>(wf.spec.templates);
expectType<number | string | undefined>(wf.spec.templates?.[0]?.retryStrategy?.limit);
expectType<ReadonlyArray<ReadonlyArray<WorkflowStep>> | undefined>(wf.spec.templates?.[0]?.steps);
expectType<Template | undefined>(({} as DAGTask).inline);

expectAssignable<Template>({ name: 'main', container: { image: 'alpine' } });
expectNotAssignable<Template>({ name: 'main', contaner: { image: 'alpine' } });
expectNotAssignable<Container>({ command: ['echo'] });
expectError(wf.spec.templates?.push({ name: 'x' }));

declare const doc: ArgoDocument;
if (doc.kind === 'CronWorkflow') expectType<ReadonlyArray<string>>(doc.spec.schedules);

const decoded = TemplateCodec.decode({ name: 'a' });
if (decoded._tag === 'Right') expectType<Template>(decoded.right);
