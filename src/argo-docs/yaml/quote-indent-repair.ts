// Tolerance for one YAML quirk that PyYAML and Go's YAML readers accept and the `yaml` package refuses:
// a quoted string whose continuation lines sit left of the indentation its block requires, e.g.
//
//   args: ["
//     echo hi
//   "]            <- column of `args`, not deeper
//
// Leading spaces on a quoted string's continuation lines are not part of its value (YAML folds them),
// so indenting those lines further changes nothing but makes the text valid.
import { Lexer } from 'yaml';

export interface QuoteIndentRepair {
  /** 1-based line that was indented. */
  readonly line: number;
  /** Column (1-based) it started at, and the column it was moved to. */
  readonly fromCol: number;
  readonly toCol: number;
}

export interface RepairedText {
  readonly text: string;
  readonly repairs: ReadonlyArray<QuoteIndentRepair>;
}

/** Each repair re-lexes the text (about 5 MB/s); this bounds the total work to a few seconds. */
const LEX_BUDGET = 20_000_000;
const MAX_REPAIRS = 1000;

/** Tokens the lexer emits that are markers, not source text (see yaml's Parser: they do not advance the offset). */
const isMarker = (token: string): boolean => token === '\x02' || token === '\x18' || token === '\x1f';

/** Where a quoted scalar starting at `start` really ends, by the same rule every YAML reader uses. */
const closingQuote = (text: string, start: number): number => {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (quote === '"' && ch === '\\') i += 2;
    else if (quote === "'" && ch === "'" && text[i + 1] === "'") i += 2;
    else if (ch === quote) return i;
    else i++;
  }
  return -1;
};

/**
 * A quoted scalar the lexer cut short because a continuation line is under-indented: where the
 * quote opens and where the offending line starts.
 */
const findCutQuote = (text: string): { quote: number; line: number } | undefined => {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token[0] === '"' || token[0] === "'") {
      const end = closingQuote(text, offset);
      const tokenEnd = offset + token.length;
      if (end !== -1 && end !== tokenEnd - 1) return { quote: offset, line: text.indexOf('\n', tokenEnd) + 1 };
    }
    if (!isMarker(token)) offset += token.length;
  }
  return undefined;
};

const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

const lineNumber = (text: string, offset: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Indents each offending continuation line to one column past its string's opening quote (always
 * deep enough for the enclosing block). Returns undefined when there is nothing to repair.
 */
export const repairQuoteIndent = (input: string): RepairedText | undefined => {
  let text = input;
  const repairs: QuoteIndentRepair[] = [];
  const rounds = Math.min(MAX_REPAIRS, Math.max(1, Math.floor(LEX_BUDGET / Math.max(1, input.length))));
  for (let round = 0; round < rounds; round++) {
    const cut = findCutQuote(text);
    if (cut === undefined || cut.line === 0) break;
    const target = cut.quote - lineStartOf(text, cut.quote) + 1;
    let indent = 0;
    while (text[cut.line + indent] === ' ') indent++;
    if (indent >= target) break;
    text = text.slice(0, cut.line) + ' '.repeat(target - indent) + text.slice(cut.line);
    repairs.push({ line: lineNumber(text, cut.line), fromCol: indent + 1, toCol: target + 1 });
  }
  return repairs.length > 0 ? { text, repairs } : undefined;
};
