/**
 * Where JSON text stops being JSON, for the messages of the command line and of the element
 * (`src`, `data` as text, inline JSON): the offset of the first character that breaks the grammar
 * (RFC 8259), or `text.length` when it ends too soon. Engines do not always say: V8 gives no
 * position for `Unexpected token ']', "[1,]" is not valid JSON` nor for `Unexpected end of JSON
 * input`, so the command finds it itself. Undefined for valid JSON (or nesting too deep to scan).
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const HEX4 = /[0-9a-fA-F]{4}/y;
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') {
        i++;
        return;
      }
      if (c !== '\\') {
        i++;
        continue;
      }
      i++;
      const escape = text[i];
      if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
      else if (escape === 'u') {
        HEX4.lastIndex = i + 1;
        if (!HEX4.test(text)) fail();
        i += 5;
      } else fail();
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return undefined; // a RangeError: nesting deeper than the stack
  }
}

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/**
 * ` (line 3, column 7)`: where the JSON `text` that `JSON.parse` refused with `message` stops
 * being JSON, 1-based; the engine's position when it gives one, else {@link jsonErrorOffset}'s.
 * Empty when the message already says it (`(line 3 column 7)`, as newer engines do) or none is found.
 */
export function jsonErrorWhere(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  if (offset === undefined || /\(line \d+/.test(message)) return '';
  const before = text.slice(0, offset);
  return ` (line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')})`;
}
