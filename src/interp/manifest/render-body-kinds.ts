// Kinds whose body is an Argo model object built (refs rendered) by their builder: rendered as it is.
import type { Template } from '../../argo-model/generated/argo-types.js';
import type { Problem } from '../../core/problem.js';
import type { DataNode, HttpNode, PluginNode, SuspendNode } from '../../core/template-node.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
import { frame } from './template-frame.js';

export const renderSuspend = (t: SuspendNode, problems: Problem[]): Template => {
  const body = t.duration !== undefined ? { duration: t.duration } : {};
  return frame(t, 'suspend', body, stringsIn(body), problems);
};

export const renderHttp = (t: HttpNode, problems: Problem[]): Template => frame(t, 'http', t.http, stringsIn(t.http), problems);

export const renderData = (t: DataNode, problems: Problem[]): Template => frame(t, 'data', t.data, stringsIn(t.data), problems);

export const renderPlugin = (t: PluginNode, problems: Problem[]): Template =>
  frame(t, 'plugin', t.plugin, stringsIn(t.plugin), problems);
