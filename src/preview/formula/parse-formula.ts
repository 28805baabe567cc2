/**
 * A small parser of the formulas an officer types in the preview's grid: numbers, "text" (with "" for
 * a quote), TRUE and FALSE, cells (B2, $B$2, 'แท็บ'!B2), ranges (B2:K2), function calls (nested), unary
 * minus and + - * / & with Sheets' precedence. Enough to call the add-in's custom functions as Sheets
 * would; anything else is a parse error, as Sheets says "Formula parse error".
 */

import { parseA1 } from '../../core/layout/a1';

export type BinaryOperator = '+' | '-' | '*' | '/' | '&';

export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'cell'; readonly sheet?: string; readonly row: number; readonly column: number }
  | {
      readonly kind: 'range';
      readonly sheet?: string;
      readonly row: number;
      readonly column: number;
      readonly rows: number;
      readonly columns: number;
    }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'negate'; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expr; readonly right: Expr };

export type ParseResult =
  | { readonly ok: true; readonly expr: Expr }
  | { readonly ok: false; readonly message: string };

type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'sheet'; readonly value: string }
  | { readonly kind: 'punct'; readonly value: string };

class ParseError extends Error {}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;
const MAX_ROWS = 10_000_000;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) throw new ParseError(`unexpected "${ch}"`);
      tokens.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new ParseError('a text without its closing quote');
        if (text.charAt(i) === '"') {
          if (text.charAt(i + 1) === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text.charAt(i);
        i += 1;
      }
      tokens.push({ kind: 'text', value });
    } else if (ch === "'") {
      // A quoted tab name, then '!': 'แท็บ 1'!A1 ('' is a quote inside it).
      const m = /^'((?:[^']|'')+)'!/.exec(text.slice(i));
      if (!m?.[1]) throw new ParseError('a quoted tab name without its closing quote and !');
      tokens.push({ kind: 'sheet', value: m[1].replace(/''/g, "'") });
      i += m[0].length;
    } else if (/[A-Za-z_$\u0E00-\u0E7F]/.test(ch)) {
      const m = /^[A-Za-z_$\u0E00-\u0E7F][\w$.\u0E00-\u0E7F]*/.exec(text.slice(i)) ?? [''];
      const word = m[0];
      if (text.charAt(i + word.length) === '!') {
        tokens.push({ kind: 'sheet', value: word });
        i += word.length + 1;
      } else {
        tokens.push({ kind: 'word', value: word });
        i += word.length;
      }
    } else if ('(),:+-*/&'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch });
      i += 1;
    } else {
      throw new ParseError(`unexpected "${ch}"`);
    }
  }
  return tokens;
}

function cellOf(word: string): { row: number; column: number } | undefined {
  const m = CELL.exec(word);
  if (!m?.[1] || !m[2] || Number(m[2]) > MAX_ROWS) return undefined;
  const { row, column } = parseA1(`${m[1].toUpperCase()}${m[2]}`);
  return { row, column };
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    const expr = this.concat();
    if (this.at < this.tokens.length) throw new ParseError('more after the end of the formula');
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.value === value;
  }

  private expect(value: string): void {
    if (!this.isPunct(value)) throw new ParseError(`expected "${value}"`);
    this.at += 1;
  }

  private binary(next: () => Expr, operators: readonly BinaryOperator[]): Expr {
    let left = next();
    for (;;) {
      const token = this.peek();
      const operator = operators.find((op) => token?.kind === 'punct' && token.value === op);
      if (!operator) return left;
      this.at += 1;
      left = { kind: 'binary', operator, left, right: next() };
    }
  }

  private concat(): Expr {
    return this.binary(() => this.additive(), ['&']);
  }

  private additive(): Expr {
    return this.binary(() => this.multiplicative(), ['+', '-']);
  }

  private multiplicative(): Expr {
    return this.binary(() => this.unary(), ['*', '/']);
  }

  private unary(): Expr {
    if (this.isPunct('-')) {
      this.at += 1;
      return { kind: 'negate', operand: this.unary() };
    }
    if (this.isPunct('+')) {
      this.at += 1;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.peek();
    if (!token) throw new ParseError('the formula ends too soon');
    this.at += 1;
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'text':
        return { kind: 'text', value: token.value };
      case 'sheet': {
        const word = this.peek();
        if (word?.kind !== 'word') throw new ParseError(`expected a cell after ${token.value}!`);
        this.at += 1;
        return this.reference(word.value, token.value);
      }
      case 'word': {
        if (this.isPunct('(')) return this.call(token.value);
        const upper = token.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        return this.reference(token.value);
      }
      case 'punct':
        if (token.value === '(') {
          const inner = this.concat();
          this.expect(')');
          return inner;
        }
        throw new ParseError(`unexpected "${token.value}"`);
    }
  }

  private reference(word: string, sheet?: string): Expr {
    const start = cellOf(word);
    if (!start) throw new ParseError(`"${word}" is not a cell`);
    const place = sheet === undefined ? {} : { sheet };
    if (!this.isPunct(':')) return { kind: 'cell', ...place, ...start };
    this.at += 1;
    const next = this.peek();
    const end = next?.kind === 'word' ? cellOf(next.value) : undefined;
    if (!end) throw new ParseError('expected a cell after ":"');
    this.at += 1;
    const row = Math.min(start.row, end.row);
    const column = Math.min(start.column, end.column);
    return {
      kind: 'range',
      ...place,
      row,
      column,
      rows: Math.abs(end.row - start.row) + 1,
      columns: Math.abs(end.column - start.column) + 1,
    };
  }

  private call(name: string): Expr {
    this.expect('(');
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      for (;;) {
        args.push(this.concat());
        if (!this.isPunct(',')) break;
        this.at += 1;
      }
    }
    this.expect(')');
    return { kind: 'call', name: name.toUpperCase(), args };
  }
}

/** Parses a formula as typed, with its leading "=". */
export function parseFormula(formula: string): ParseResult {
  if (!formula.startsWith('=')) return { ok: false, message: 'a formula starts with "="' };
  try {
    return { ok: true, expr: new Parser(tokenize(formula.slice(1))).parse() };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: error.message };
    throw error;
  }
}
