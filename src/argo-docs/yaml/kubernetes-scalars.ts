// Plain-scalar typing as Kubernetes reads YAML (Go's YAML 1.1 reader behind kubectl and argo):
// `0755` is octal 493, `yes`/`on` are booleans. Reading these as YAML 1.2 would silently change
// a file's meaning (a `defaultMode: 0755` would become 755 decimal).
import type { ScalarTag, Tags } from 'yaml';

type Tag = Tags[number];

// The `yaml` package's 1.1 float tests also match `.` and `E0` (no digit at all), which Go's reader
// and PyYAML keep as strings; these require a digit in the mantissa.
const FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;
const FLOAT_EXP = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)[eE][-+]?[0-9]+$/;

const isScalarTag = (tag: Tag): tag is ScalarTag => typeof tag === 'object' && tag.collection === undefined;

const isTagged = (tag: Tag, name: string, format?: string): boolean =>
  typeof tag === 'object' && tag.tag === `tag:yaml.org,2002:${name}` && (format === undefined || tag.format === format);

/**
 * An integer no JavaScript number holds exactly keeps its digits, as text: that is what Argo makes
 * of it where it matters (a parameter value is a string, and `12345678901234567890` stays so).
 */
const exactInt = (tag: ScalarTag): ScalarTag => ({
  ...tag,
  resolve: (source, onError, options) => {
    const n = tag.resolve(source, onError, options);
    return typeof n === 'number' && !Number.isSafeInteger(n) && String(n) !== source ? source : n;
  },
});

/**
 * `customTags` for `version: '1.1'`: drops what Go's reader does not resolve (sexagesimal `1:30`
 * and timestamps stay strings), fixes the float pattern and keeps long integers exact.
 */
export const kubernetesScalarTags = (tags: Tags): Tags =>
  tags
    .filter((tag) => !isTagged(tag, 'timestamp') && !isTagged(tag, 'int', 'TIME') && !isTagged(tag, 'float', 'TIME'))
    .map((tag) => {
      if (isScalarTag(tag) && isTagged(tag, 'int')) return exactInt(tag);
      if (!isScalarTag(tag) || !isTagged(tag, 'float')) return tag;
      if (tag.format === 'EXP') return { ...tag, test: FLOAT_EXP };
      return tag.format === undefined && tag.test?.test('1.5') === true ? { ...tag, test: FLOAT } : tag;
    });
