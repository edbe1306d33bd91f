import * as t from 'io-ts';
import { param, workflowEventBinding, workflowTemplateStub } from 'tiphys';

// The WorkflowTemplate this binding submits lives on the cluster (Argo's examples do not hold it): a stub
// names it and types the global the binding sets, so a wrong argument name or type fails `tsc`.
const githubPathFilter = workflowTemplateStub({ name: 'github-path-filter', templates: {}, arguments: { files: param.json(t.array(t.string)) } });

// A complex event selector: both the selector and the argument's `event` are expr-lang expressions.
// The workflow runs only when a commit of the push touches a file under `subpath/A/` or `subpath/B/`.
const selector = `metadata["x-github-event"] == ["push"]

// The discriminator is the last subpath of URL path
&& discriminator == "github-path-filter"

// for each of these file paths
&& any([ "subpath/A/", "subpath/B/" ], {
    let prefix = #;

    // loop over every commit
    any(payload.commits ?? [], {
      let commit = #;

      // loop over each file action in the commit
      any(["added", "removed", "modified"], {
        let file_action = #;

        // Loop over each of the files in the file action
        any(commit[file_action] ?? [], {
          let filepath = #;

          // return true if the given file is in our subpath
          hasPrefix(filepath, prefix)
        })
      })
    })
  })
`;

// Every file the commits of the push added, removed or modified.
const files = `// Use the reduce function to collect all files affeccted by commits in this push
reduce(
  payload.commits ?? [],
  {
    let commit = #;
    concat(#acc, commit["added"], commit["removed"], commit["modified"])
  },
  []
)
`;

export default workflowEventBinding({
  name: 'github-path-filter',
  event: { selector },
  submit: { workflowTemplateRef: githubPathFilter, arguments: { files: param.json(t.array(t.string), { event: files }) } },
});
