// opencc-js ships its dictionaries as modules without types: each is "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
