// Argo Workflow objects for scheduler tests, written as Argo YAML is (parsed here to keep tests readable).
import { parse } from 'yaml';
import type { Workflow } from '../../src/argo-model/generated/index.js';

export const argoWorkflow = (yaml: string): Workflow => parse(yaml) as Workflow;
