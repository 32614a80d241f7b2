/**
 * A strict little XML parser for tests (no dependency): elements, attributes, text, the five
 * predefined entities and character references, the XML declaration. Anything not well-formed
 * throws: an unescaped & or <, an unquoted attribute, a mismatched or unclosed tag.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`Unescaped < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) throw new Error(`Unterminated entity in ${where}: ${match}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
    if (!code) throw new Error(`Unknown entity in ${where}: &${ref};`);
    return String.fromCodePoint(ref.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const text = source.replace(/^\uFEFF/, '');
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(text);
  if (declaration) i = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (stack.length === 0 && chunk.trim()) throw new Error('Text outside the root element');
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(chunk, 'text');
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end === -1) throw new Error('Unclosed comment');
      i = end + 3;
      continue;
    }
    if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      const name = text.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`Mismatched </${name}>`);
      if (stack.length === 0) root = open;
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) throw new Error(`Bad tag at ${i}`);
    i += 1 + name.length;
    const element: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(i));
      if (!attr) break;
      if (attr[1]! in element.attrs) throw new Error(`Duplicate attribute ${attr[1]}`);
      element.attrs[attr[1]!] = decode(attr[3] ?? attr[4] ?? '', `attribute ${attr[1]}`);
      i += attr[0].length;
    }
    const close = /^\s*(\/?)>/.exec(text.slice(i));
    if (!close) throw new Error(`Malformed tag <${name}> at ${i}`);
    i += close[0].length;
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else if (root) throw new Error('Two root elements');
    if (close[1]) {
      if (stack.length === 0) root = element;
    } else stack.push(element);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
export const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text ?? '';
