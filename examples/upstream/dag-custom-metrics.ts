import { container, dag, param, workflow } from 'tiphys';

// Each run of `echo` (one per loop item) emits its duration and a count by status, labelled with its tag.
const echo = container({
  name: 'echo',
  inputs: { message: param.string(), tag: param.string() },
  image: 'busybox',
  command: (i) => ['echo', i.message],
  metrics: (i) => ({
    prometheus: [
      {
        name: 'playground_workflow_duration_task_seconds',
        help: 'Duration gauge by task name in seconds - task level',
        labels: [
          { key: 'playground_task_name', value: i.tag },
          { key: 'status', value: '{{status}}' },
        ],
        gauge: { realtime: false, value: '{{duration}}' },
      },
      {
        name: 'playground_workflow_result_task_counter',
        help: 'Count of task execution by result status  - task level',
        labels: [
          { key: 'playground_task_name_counter', value: i.tag },
          { key: 'status', value: '{{status}}' },
        ],
        counter: { value: '1' },
      },
    ],
  }),
});

const dagTask = dag('dag-task', (d) => {
  const echoEach = (name: string, items: ReadonlyArray<{ tag: string; command: string }>) =>
    d.task(name, echo, (item) => ({ message: `console output-->TEST-${item.command}`, tag: item.tag }), {
      withItems: items,
    });
  echoEach('TEST-ONE', [
    { tag: 'TEST-ONE-A', command: 'ONE-A' },
    { tag: 'TEST-ONE-B', command: 'ONE-B' },
  ]);
  echoEach('TEST-TWO', [
    { tag: 'TEST-TWO-A', command: 'TWO-A' },
    { tag: 'TEST-TWO-B', command: 'TWO-B' },
  ]);
});

// The workflow's own duration and a count of its runs, by status.
export default workflow({
  generateName: 'dag-task-',
  metrics: {
    prometheus: [
      {
        name: 'playground_workflow_duration',
        help: 'Duration gauge by workflow level',
        labels: [
          { key: 'playground_id_workflow', value: 'test' },
          { key: 'status', value: '{{workflow.status}}' },
        ],
        gauge: { realtime: false, value: '{{workflow.duration}}' },
      },
      {
        name: 'playground_workflow_result_counter',
        help: 'Count of workflow execution by result status  - workflow level',
        labels: [
          { key: 'playground_id_workflow_counter', value: 'test' },
          { key: 'status', value: '{{workflow.status}}' },
        ],
        counter: { value: '1' },
      },
    ],
  },
  entrypoint: dagTask,
});
