/**
 * Codecs for what the Argo Server and the Kubernetes API send back, built from the generated model.
 * They read in `received` mode (argo-model/codec/received-codec.ts): a field the model does not know
 * (a newer server) is kept, not refused; every field it knows is checked.
 */
import type * as t from 'io-ts';
import {
  ClusterWorkflowTemplateCodec,
  ClusterWorkflowTemplateListCodec,
  CronWorkflowCodec,
  CronWorkflowListCodec,
  LogEntryCodec,
  WorkflowCodec,
  WorkflowListCodec,
  WorkflowTemplateCodec,
  WorkflowTemplateListCodec,
  WorkflowWatchEventCodec,
} from '../../argo-model/generated/index.js';
import type { LogEntry, Workflow, WorkflowList, WorkflowWatchEvent } from '../../argo-model/generated/index.js';
import { receivedCodec } from '../../argo-model/codec/received-codec.js';
import type { ResourceList, ResourceKind } from './argo-api.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';

export const WorkflowResponse: t.Decoder<unknown, Workflow> = receivedCodec(WorkflowCodec);

export const WorkflowListResponse: t.Decoder<unknown, WorkflowList> = receivedCodec(WorkflowListCodec);

export const WatchEventResponse: t.Decoder<unknown, WorkflowWatchEvent> = receivedCodec(WorkflowWatchEventCodec);

export const LogEntryResponse: t.Decoder<unknown, LogEntry> = receivedCodec(LogEntryCodec);

/** A WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, by kind. */
export const ResourceResponse: { readonly [K in ResourceKind]: t.Decoder<unknown, ArgoManifest> } = {
  WorkflowTemplate: receivedCodec(WorkflowTemplateCodec),
  ClusterWorkflowTemplate: receivedCodec(ClusterWorkflowTemplateCodec),
  CronWorkflow: receivedCodec(CronWorkflowCodec),
};

export const ResourceListResponse: { readonly [K in ResourceKind]: t.Decoder<unknown, ResourceList> } = {
  WorkflowTemplate: receivedCodec(WorkflowTemplateListCodec),
  ClusterWorkflowTemplate: receivedCodec(ClusterWorkflowTemplateListCodec),
  CronWorkflow: receivedCodec(CronWorkflowListCodec),
};
