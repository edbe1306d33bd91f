// Names of the constants a converted module declares: camelCase after the Argo name, never a reserved
// word, an import or a name taken already.

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined NaN Infinity Object Array String ' +
    'Number Boolean Symbol Error Math JSON Date Promise Map Set t i o d s p c item g ' +
    // What a converted module may import from tiphys.
    'container script dag steps suspend resource http containerSet data plugin param artifact workflow workflowTemplate ' +
    'clusterWorkflowTemplate cronWorkflow globals wf expr hook and or not withRetry secretKey configMapKey fieldRef s3 gcs ' +
    'azure oss hdfs artifactory git raw httpArtifact pluginArtifact fromArtifact Artifact expression templateStub workflowTemplateStub eq ne gt ge lt le'
  ).split(' '),
);

/** Whether `id` is a reserved word or a name a converted module may import. */
export const isReserved = (id: string): boolean => RESERVED.has(id);

/** `print-message` → `printMessage`, `A` → `a`, `1st` → `_1st`. */
export const camelCase = (name: string): string => {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  if (words.length === 0) return '_';
  const [first = '', ...rest] = words;
  const head = first === first.toUpperCase() && first.length > 1 ? first.toLowerCase() : first[0]!.toLowerCase() + first.slice(1);
  const id = head + rest.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(id) ? `_${id}` : id;
};

/** Hands out unique identifiers: the camelCase form of a name, then `name2`, `name3`, ... */
export const nameAllocator = (initial: Iterable<string> = []) => {
  const taken = new Set<string>(initial);
  const used = new Set<string>([...RESERVED, ...taken]);
  const claimed = new Set<string>();
  return {
    /** A fresh identifier for `name` (an Argo name or an identifier), with `suffix` (`Lib`) appended. */
    fresh(name: string, suffix = ''): string {
      const base = camelCase(name) + suffix;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}${n}`;
      used.add(id);
      return id;
    },
    reserve(id: string): void {
      used.add(id);
    },
    /** `id` itself the first time it is claimed (a conventional name such as `g`), then a fresh one. */
    claim(id: string): string {
      if (!claimed.has(id) && !taken.has(id)) {
        claimed.add(id);
        return id;
      }
      return this.fresh(id);
    },
  };
};

export type NameAllocator = ReturnType<typeof nameAllocator>;
