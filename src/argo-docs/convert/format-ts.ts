// Prettier lays out the converted module. Loaded on first use only: `tiphys build` never loads it.

/** The layout of the hand-written examples. */
const OPTIONS = { parser: 'typescript', singleQuote: true, printWidth: 120, trailingComma: 'all' } as const;

let prettier: Promise<typeof import('prettier')> | undefined;

/** `source` formatted; Prettier's own error (a converter bug: unparsable output) when it does not parse. */
export const formatTypeScript = async (source: string): Promise<string> => {
  prettier ??= import('prettier');
  return (await prettier).format(source, OPTIONS);
};
