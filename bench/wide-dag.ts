/** The runtime bench's workflows: N tasks where task i waits on tasks i-1 and i/2, one `echo` template. */
import { container, dag, param, workflow, type DagBuilder, type TaskHandle, type Template, type Workflow } from '../src/index.js';

const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

/** Adds tasks `prefix0 … prefix(n-1)` to a dag: task i waits on i-1 and i/2 (once when they coincide). */
const addTasks = <S extends string>(d: DagBuilder<S, {}>, n: number, prefix: string): void => {
  const handles: TaskHandle<{}, S>[] = [];
  for (let i = 0; i < n; i++) {
    const prev = handles[i - 1];
    const half = handles[Math.floor(i / 2)];
    const after = prev === undefined ? [] : half === undefined || half === prev ? [prev] : [prev, half];
    handles.push(d.task(`${prefix}${i}`, echo, { message: `${prefix}${i}` }, { after }));
  }
};

/** The workload: all N tasks in one dag. Argo's CRD allows 200 tasks per dag, so above that
 * it renders (`renderWorkflow`) but does not pass validation (`toYaml`). */
export const wideDag = (n: number): Workflow<{}, {}> =>
  workflow({ generateName: 'big-', entrypoint: dag('big', (d) => addTasks(d, n, 't')) });

/** The same N tasks as dags of at most `per` tasks run one after the other: valid for Argo, so `toYaml` accepts it. */
export const nestedWideDag = (n: number, per = 200): Workflow<{}, {}> => {
  const parts: Template<{}, {}>[] = [];
  for (let start = 0; start < n; start += per) {
    const k = parts.length;
    parts.push(dag(`part-${k}`, (d) => addTasks(d, Math.min(per, n - start), `p${k}t`)));
  }
  const outer = dag('big', (d) => {
    let prev: TaskHandle<{}, 'big'> | undefined;
    parts.forEach((p, k) => {
      prev = d.task(`part-${k}`, p, {}, { after: prev === undefined ? [] : [prev] });
    });
  });
  return workflow({ generateName: 'big-', entrypoint: outer });
};
