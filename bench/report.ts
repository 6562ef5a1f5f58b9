/** Prints one benchmark's figures as aligned "name: value" lines under a heading. */
export function report(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n## ${title}`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
