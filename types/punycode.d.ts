// The userland punycode package (not Node's deprecated built-in) ships no types.
declare module 'punycode/punycode.js' {
  const punycode: {
    toUnicode(input: string): string;
    toASCII(input: string): string;
  };
  export default punycode;
}
