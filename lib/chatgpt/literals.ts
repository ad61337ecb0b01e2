/**
 * The structured values ChatGPT exports put inside CSV cells, read without
 * `eval`: Python literals as `str(dict)` writes them (`groups`,
 * `model_to_messages`, `tool_to_messages`…: `{'gpt-5': 201, 'Search': 3}`)
 * and JSON (`department`: `["it","ops"]`).
 *
 * Grammar (a subset of Python's literal syntax, enough for these cells):
 * dict `{k: v, …}`, list `[v, …]`, tuple `(v, …)`, strings in `'…'` or `"…"`
 * with backslash escapes (`\'`, `\"`, `\\`, `\n`, `\t`, `\r`, `\xNN`,
 * `\uNNNN`), numbers (`3`, `-1`, `2.5`, `1e3`), `True`, `False`, `None`, and
 * JSON's `true`, `false`, `null`. A trailing comma is allowed. Anything else is
 * a `LiteralError` saying where, e.g. `{'a': 1` → "unclosed { at character 1".
 */

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** A cell that is not a literal of the grammar above; `message` is a sentence fragment. */
export class LiteralError extends Error {
  override readonly name = 'LiteralError';
}

const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

const words: Record<string, Literal> = {
  True: true,
  False: false,
  None: null,
  true: true,
  false: false,
  null: null,
};

class Reader {
  i = 0;
  constructor(readonly text: string) {}

  fail(what: string, at = this.i): never {
    throw new LiteralError(`${what} at character ${at + 1}`);
  }

  skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
  }

  value(): Literal {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === undefined) this.fail('a value is missing');
    if (c === '{') return this.dict();
    if (c === '[') return this.sequence('[', ']');
    if (c === '(') return this.sequence('(', ')');
    if (c === "'" || c === '"') return this.string();
    return this.atom();
  }

  string(): string {
    const quote = this.text[this.i]!;
    const start = this.i++;
    let out = '';
    for (;;) {
      const c = this.text[this.i++];
      if (c === undefined) this.fail('unclosed string', start);
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.i++];
      if (e === undefined) this.fail('unclosed string', start);
      if (e === 'x' || e === 'u') {
        const len = e === 'x' ? 2 : 4;
        const hex = this.text.slice(this.i, this.i + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail('bad escape', this.i - 2);
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += len;
      } else out += escapes[e] ?? `\\${e}`;
    }
  }

  atom(): Literal {
    const match = /^[A-Za-z_]+|^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(
      this.text.slice(this.i, this.i + 64),
    );
    if (!match) this.fail(`unexpected "${this.text[this.i]}"`);
    const token = match[0];
    const at = this.i;
    this.i += token.length;
    if (token in words) return words[token]!;
    const n = Number(token);
    if (!Number.isFinite(n)) this.fail(`unexpected "${token}"`, at);
    return n;
  }

  /** Items up to `close`, each read by `item`, comma-separated, trailing comma allowed. */
  items(open: string, close: string, item: () => void): void {
    const start = this.i++;
    this.skipSpace();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      item();
      this.skipSpace();
      const c = this.text[this.i++];
      if (c === close) return;
      if (c === undefined) this.fail(`unclosed ${open}`, start);
      if (c !== ',') this.fail(`expected "," or "${close}"`, this.i - 1);
      this.skipSpace();
      if (this.text[this.i] === close) {
        this.i++;
        return;
      }
    }
  }

  sequence(open: string, close: string): Literal[] {
    const out: Literal[] = [];
    this.items(open, close, () => out.push(this.value()));
    return out;
  }

  dict(): { [key: string]: Literal } {
    const out: { [key: string]: Literal } = {};
    this.items('{', '}', () => {
      const key = this.value();
      if (typeof key === 'object' && key !== null) this.fail('a key must be a string or number');
      this.skipSpace();
      if (this.text[this.i] !== ':') this.fail('expected ":"');
      this.i++;
      out[String(key)] = this.value();
    });
    return out;
  }
}

/**
 * The literal in `text` (see the module's grammar). Throws LiteralError when
 * `text` is not exactly one literal, e.g. `{'a': 1} x` → "unexpected text
 * after the value at character 10".
 */
export function parseLiteral(text: string): Literal {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (reader.i < text.length) reader.fail('unexpected text after the value');
  return value;
}
