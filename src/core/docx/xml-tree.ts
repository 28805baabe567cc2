/**
 * A small, tolerant XML reader for the parts of a Word file: elements with their attributes and text,
 * entities decoded. Not a validating parser: a stray closing tag is skipped, an unclosed element ends
 * where its parent does, a declaration, comment or processing instruction is passed over, CDATA is text.
 */

export interface XmlElement {
  readonly name: string;
  /** The attributes, read from the tag when first asked for (most elements' are never read). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

class Element implements XmlElement {
  readonly children: (XmlElement | string)[] = [];
  private parsed: Record<string, string> | undefined;
  constructor(
    readonly name: string,
    private readonly source: string,
  ) {}
  get attrs(): Readonly<Record<string, string>> {
    this.parsed ??= readAttributes(this.source);
    return this.parsed;
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its character and entity references decoded; an unknown entity is kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attrs[match[1]!] = decodeEntities(match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** The end of a tag that starts at `from` (the index of its `>`), quotes in attribute values skipped. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

/** Skips a construct that is not an element (`<?…?>`, `<!--…-->`, `<!…>`); returns the index after it. */
function skipSpecial(xml: string, at: number, parent: Element): number {
  if (xml.startsWith('<![CDATA[', at)) {
    const end = xml.indexOf(']]>', at);
    const stop = end < 0 ? xml.length : end;
    parent.children.push(xml.slice(at + 9, stop));
    return stop + 3;
  }
  const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : '>';
  const end = xml.indexOf(close, at + 2);
  return end < 0 ? xml.length : end + close.length;
}

function isNameEnd(code: number): boolean {
  // space, tab, line feed, carriage return, '/', '>'
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** The document's elements under a root named `#document`. */
export function parseXml(xml: string): XmlElement {
  const root = new Element('#document', '');
  const stack: Element[] = [root];
  let i = 0;
  while (i < xml.length) {
    const parent = stack[stack.length - 1]!;
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) parent.children.push(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 || next === 33) {
      // '?' or '!': a declaration, comment, CDATA or processing instruction
      i = skipSpecial(xml, lt, parent);
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    if (next === 47) {
      // '/': a closing tag closes the innermost open element of its name, or is stray
      const name = xml.slice(lt + 2, gt).trim();
      for (let at = stack.length - 1; at > 0; at--) {
        if (stack[at]!.name === name) {
          stack.length = at;
          break;
        }
      }
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === lt + 1) continue;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const element = new Element(xml.slice(lt + 1, nameEnd), xml.slice(nameEnd, selfClosing ? gt - 1 : gt));
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return root;
}

/** The child elements of an element, optionally only those of a name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** The first child element of a name, if any. */
export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first element of a name anywhere below (depth first). */
export function findElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return undefined;
}

/** A WordprocessingML value attribute (`w:val`). */
export function wordValue(element: XmlElement | undefined): string | undefined {
  return element?.attrs['w:val'];
}
