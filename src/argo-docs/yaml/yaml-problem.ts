// A problem in a YAML text, with the position a reader can jump to.

export interface YamlProblem {
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** `12:5: message`, optionally prefixed by the file name. */
export const formatYamlProblem = (p: YamlProblem, source?: string): string =>
  `${source === undefined ? '' : `${source}:`}${p.line}:${p.col}: ${p.message}`;
