// The `hyphen` package ships no types (and @types/hyphen is not installed): the part we use.
declare module 'hyphen/*' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const hyphenator: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default hyphenator;
}
