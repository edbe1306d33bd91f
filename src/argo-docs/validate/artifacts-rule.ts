import type { Report, Where } from './problem.js';
import { describeType, field, has, isRecord, list, pathKey, strField } from '../../argo-model/json-value.js';
import { hasTag } from '../../core/tag-scanner.js';

// Artifact location kinds (CRD x-kubernetes-validations "at most one artifact location").
export const ARTIFACT_LOCATIONS: ReadonlyArray<string> = [
  's3',
  'git',
  'http',
  'artifactory',
  'hdfs',
  'raw',
  'oss',
  'gcs',
  'azure',
  'plugin',
];
// crd-full-workflows.yaml enums for artifacts.
const ARTIFACT_GC_STRATEGIES = ['', 'OnWorkflowCompletion', 'OnWorkflowDeletion', 'Never'];
const S3_ADDRESSING = ['', 'path', 'virtual-hosted'];

export const locationsOf = (art: unknown): ReadonlyArray<string> => ARTIFACT_LOCATIONS.filter((l) => has(art, l));

export const hasLocation = (art: unknown): boolean => locationsOf(art).length > 0;

/** CRD limits shared by every artifact: one location, mode 0..0777, GC strategy and S3 enums. */
export const checkArtifactShape = (report: Report, art: unknown, path: string, w: Where): void => {
  if (!isRecord(art)) return;
  const locs = locationsOf(art);
  if (locs.length > 1)
    report({
      ...w,
      path,
      rule: 'artifact-location',
      message: `at most one artifact location can be specified (found ${locs.join(', ')}); keep one`,
    });
  const mode = field(art, 'mode');
  if (
    mode !== undefined &&
    mode !== null &&
    (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0 || mode > 511)
  )
    report({
      ...w,
      path: pathKey(path, 'mode'),
      rule: 'crd-limit',
      message: `mode must be an integer file mode between 0 and 511 (0777) (found ${JSON.stringify(mode)})`,
    });
  const gc = field(field(art, 'artifactGC'), 'strategy');
  if (gc !== undefined && gc !== null && !ARTIFACT_GC_STRATEGIES.includes(String(gc)))
    report({
      ...w,
      path: pathKey(pathKey(path, 'artifactGC'), 'strategy'),
      rule: 'crd-limit',
      message: `artifactGC.strategy '${String(gc)}' is not valid; use one of OnWorkflowCompletion, OnWorkflowDeletion, Never`,
    });
  const style = field(field(art, 's3'), 'addressingStyle');
  if (style !== undefined && style !== null && !S3_ADDRESSING.includes(String(style)))
    report({
      ...w,
      path: pathKey(pathKey(path, 's3'), 'addressingStyle'),
      rule: 'crd-limit',
      message: `s3.addressingStyle '${String(style)}' is not valid; use path or virtual-hosted`,
    });
};

/** REFERENCE §4.30 (validateArtifactLocation): git needs a repo, HDFS needs addresses, path and a user. */
export const checkArtifactLocation = (report: Report, loc: unknown, path: string, w: Where): void => {
  if (!isRecord(loc)) {
    if (loc !== undefined && loc !== null)
      report({ ...w, path, rule: 'type', message: `artifact location must be a map (found ${describeType(loc)})` });
    return;
  }
  if (has(loc, 'git') && strField(field(loc, 'git'), 'repo') === '')
    report({
      ...w,
      path: pathKey(pathKey(path, 'git'), 'repo'),
      rule: 'artifact-location',
      message: 'git.repo is required; set the repository URL',
    });
  const hdfs = field(loc, 'hdfs');
  if (isRecord(hdfs)) {
    const at = pathKey(path, 'hdfs');
    if (list(field(hdfs, 'addresses')).length === 0)
      report({
        ...w,
        path: pathKey(at, 'addresses'),
        rule: 'artifact-location',
        message: 'hdfs.addresses is required; list the name node addresses',
      });
    const p = strField(hdfs, 'path');
    if (p === '')
      report({ ...w, path: pathKey(at, 'path'), rule: 'artifact-location', message: 'hdfs.path is required' });
    else if (!p.startsWith('/') && !hasTag(p))
      report({
        ...w,
        path: pathKey(at, 'path'),
        rule: 'artifact-location',
        message: `hdfs.path '${p}' must be an absolute file path`,
      });
    if (strField(hdfs, 'hdfsUser') === '' && !has(hdfs, 'krbCCacheSecret') && !has(hdfs, 'krbKeytabSecret'))
      report({
        ...w,
        path: at,
        rule: 'artifact-location',
        message: 'either hdfs.hdfsUser, hdfs.krbCCacheSecret or hdfs.krbKeytabSecret is required',
      });
  }
};
