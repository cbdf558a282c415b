declare module 'virtual:enum-labels' {
  /** Every enum of the schema: value → its bilingual description. */
  const labels: Record<string, Record<string, string>>;
  export default labels;
}
