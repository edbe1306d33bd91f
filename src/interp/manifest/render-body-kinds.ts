// Kinds whose body is an Argo model object built (refs rendered) by their builder: rendered as it is.
import { stringsIn } from '../../typed-refs/ref-aware.js';
import type { Renderer } from './render-template.js';
import { frame } from './template-frame.js';

export const renderSuspend: Renderer<'Suspend'> = (t, problems) => {
  const body = t.duration !== undefined ? { duration: t.duration } : {};
  return frame(t, 'suspend', body, stringsIn(body), problems);
};

export const renderHttp: Renderer<'Http'> = (t, problems) => frame(t, 'http', t.http, stringsIn(t.http), problems);

export const renderData: Renderer<'Data'> = (t, problems) => frame(t, 'data', t.data, stringsIn(t.data), problems);

export const renderPlugin: Renderer<'Plugin'> = (t, problems) => frame(t, 'plugin', t.plugin, stringsIn(t.plugin), problems);
