/** The runtime bench's workflow: an N-task dag where task i waits on tasks i-1 and i/2, one `echo` template. */
import { container, dag, param, workflow, type TaskHandle, type Workflow } from '../src/index.js';

const echo = container({
  name: 'echo',
  image: 'busybox',
  inputs: { message: param.string() },
  command: (i) => ['echo', i.message],
});

/** The bench workflow: task i waits on i-1 and i/2 (once when they coincide). */
export const wideDag = (n: number): Workflow<{}, {}> => {
  const big = dag('big', (d) => {
    const handles: TaskHandle<{}, 'big'>[] = [];
    for (let i = 0; i < n; i++) {
      const prev = handles[i - 1];
      const half = handles[Math.floor(i / 2)];
      const after = prev === undefined ? [] : half === undefined || half === prev ? [prev] : [prev, half];
      handles.push(d.task(`t${i}`, echo, { message: `t${i}` }, { after }));
    }
  });
  return workflow({ generateName: 'big-', entrypoint: big });
};
