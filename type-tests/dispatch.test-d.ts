// Exhaustive dispatch: every walker of templates (and of ref sources) is a record with one handler per
// kind. Each walker's record compiles against today's union and fails against a copy of the union with
// one more kind, so adding a kind is a compile error in every walker until it is handled.
import { expectAssignable, expectError, expectType } from 'tsd';
import {
  matchTemplate,
  type ContainerNode,
  type ContainerSetNode,
  type DagNode,
  type DataNode,
  type HttpNode,
  type PluginNode,
  type ResourceNode,
  type SuspendNode,
  type KindMatch,
  type LeafSpec,
  type RefSource,
  type ScriptNode,
  type StepsNode,
  type TemplateBase,
  type TemplateKind,
  type TemplateNode,
} from '../src/index.js';
import { templateCallees } from '../src/core/collect-templates.js';
import type { StubNode } from '../src/core/stub-node.js';
import { clashDescriptions } from '../src/interp/manifest/clash-problem.js';
import { kindNames, producesResult } from '../src/interp/manifest/check-call.js';
import { templateRenderers } from '../src/interp/manifest/render-template.js';
import { templateRefProblems } from '../src/interp/manifest/template-frame.js';
import { templateBuilders, type KindBuilder } from '../test/support/arbitrary-workflow.js';
import { drawers, type Drawing } from '../test/support/graph-interpreter.js';

/** A kind the union does not have yet. */
interface LoopNode extends TemplateBase {
  readonly kind: 'Loop';
  readonly body: TemplateNode;
}
type WithSuspend = TemplateNode | LoopNode;

type Render = (typeof templateRenderers)['Dag'] extends (n: DagNode) => infer R ? R : never;
type LeafCheck = (t: TemplateNode, noun: string) => string | undefined;

expectAssignable<KindMatch<TemplateNode, ReadonlyArray<TemplateNode>>>(templateCallees);
expectError<KindMatch<WithSuspend, ReadonlyArray<TemplateNode>>>(templateCallees);

expectAssignable<KindMatch<TemplateNode, string>>(clashDescriptions);
expectError<KindMatch<WithSuspend, string>>(clashDescriptions);

expectAssignable<KindMatch<TemplateNode, string>>(kindNames);
expectError<KindMatch<WithSuspend, string>>(kindNames);

expectAssignable<KindMatch<TemplateNode, boolean>>(producesResult);
expectError<KindMatch<WithSuspend, boolean>>(producesResult);

expectAssignable<KindMatch<TemplateNode, Render>>(templateRenderers);
expectError<KindMatch<WithSuspend, Render>>(templateRenderers);

expectAssignable<KindMatch<TemplateNode, Drawing>>(drawers);
expectError<KindMatch<WithSuspend, Drawing>>(drawers);

// The fuzzer builds templates through the public constructors: one builder per kind name.
expectAssignable<{ readonly [K in TemplateKind]: KindBuilder }>(templateBuilders);
expectError<{ readonly [K in WithSuspend['kind']]: KindBuilder }>(templateBuilders);

// Ref sources are dispatched the same way where a leaf's refs are checked.
type WithArtifact = RefSource | { readonly kind: 'artifact'; readonly name: string };
expectAssignable<KindMatch<RefSource, LeafCheck>>(templateRefProblems);
expectError<KindMatch<WithArtifact, LeafCheck>>(templateRefProblems);

// Each handler gets the node of its kind; the result type is inferred from the handlers.
declare const t: TemplateNode;
expectType<string>(
  matchTemplate(t, {
    Container: (n) => (expectType<ContainerNode>(n), n.image),
    Script: (n) => (expectType<ScriptNode>(n), n.source),
    Dag: (n) => (expectType<DagNode>(n), n.name),
    Steps: (n) => (expectType<StepsNode>(n), n.name),
    Suspend: (n) => (expectType<SuspendNode>(n), n.name),
    Resource: (n) => (expectType<ResourceNode>(n), n.resource.action),
    Http: (n) => (expectType<HttpNode>(n), n.http.url),
    ContainerSet: (n) => (expectType<ContainerSetNode>(n), n.name),
    Data: (n) => (expectType<DataNode>(n), n.name),
    Plugin: (n) => (expectType<PluginNode>(n), n.name),
    Stub: (n) => (expectType<StubNode>(n), n.name),
  }),
);
expectType<(node: TemplateNode) => number>(
  matchTemplate({
    Container: () => 0,
    Script: () => 1,
    Dag: (n) => n.tasks.length,
    Steps: (n) => n.groups.length,
    Suspend: () => 2,
    Resource: () => 3,
    Http: () => 4,
    ContainerSet: (n) => n.containers.length,
    Data: () => 5,
    Plugin: () => 6,
    Stub: () => 7,
  }),
);
// A missing handler is an error.
expectError(matchTemplate(t, { Container: () => 0, Script: () => 1, Dag: () => 2 }));

// What only some kinds have is declared by their own spec: a leaf spec needs no image.
expectAssignable<LeafSpec<{}, {}, undefined>>({ name: 'wait' });
