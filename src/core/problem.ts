import { clip } from './clip-text.js';

/**
 * One thing wrong with a workflow, located as precisely as possible. Collected, never thrown one by one:
 * the edge (CLI, `toYaml`) reports them all at once.
 * @category model
 */
export interface Problem {
  /** `Workflow/hello-` or a file name: which document. */
  readonly document?: string;
  readonly template?: string;
  /** The dag task or step. */
  readonly task?: string;
  /** The field, e.g. `arguments.parameters.message` or `spec.templates[2].dag.tasks[1].depends`. */
  readonly path?: string;
  /** The rule that found it, when it comes from the validator. */
  readonly rule?: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** One line per problem: `template 'diamond' › task 'B' › arguments.message: ...`. @category utils */
export const formatProblem = (p: Problem): string => {
  const where = [
    p.document,
    p.template !== undefined ? `template '${p.template}'` : undefined,
    p.task !== undefined ? `task '${p.task}'` : undefined,
    p.path,
  ].filter((x): x is string => x !== undefined);
  // Names and keys come from files: a 7 MB key is shown cut.
  return where.length === 0 ? clip(p.message) : `${where.map((w) => clip(w, WHERE_SHOWN)).join(' › ')}: ${clip(p.message)}`;
};

/** Longest document, template, task or path shown whole. */
export const WHERE_SHOWN = 300;

/** The single error the top-level helpers throw, listing every problem found. @category model */
export class TiphysError extends Error {
  readonly problems: ReadonlyArray<Problem>;
  constructor(problems: ReadonlyArray<Problem>, what = 'workflow') {
    super(
      `${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'TiphysError';
    this.problems = problems;
  }
}
