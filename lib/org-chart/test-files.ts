/** Test-only CSV files for the org-chart tests (unit and e2e). */

export const goodCsv = [
  'Work Email,Department,Reports to,Seat',
  'ann@northwind.test,Sales,carl@northwind.test,assigned',
  'bob@northwind.test,Sales,carl@northwind.test,assigned',
  'carl@northwind.test,Sales,,pending',
  'dana@northwind.test,Engineering,erin@northwind.test,',
  'erin@northwind.test,Engineering,,assigned',
].join('\n');

export const wrongColumnsCsv = ['name,office', 'Ann,London', 'Bob,Paris'].join('\n');

export const badRowsCsv = [
  'email,team,seat status',
  'ann@northwind.test,Sales,assigned', // row 2: fine
  'not-an-email,Sales,assigned', // row 3: bad email
  'bob@northwind.test,,assigned', // row 4: no team
  'ann@northwind.test,Finance,assigned', // row 5: duplicate of row 2
  'carl@northwind.test,Finance,maybe', // row 6: unknown seat status
  'dana@northwind.test,Finance,unassigned', // row 7: fine
].join('\n');

export const formulaCsv = [
  'email,team,manager',
  'ann@northwind.test,"=HYPERLINK(""http://evil.test"",""Click"")",@boss',
  'bob@northwind.test,+Ops,',
  '=cmd|calc@x.test,Sales,',
].join('\n');

/** A CSV of about `bytes` bytes: rows of `user<i>@big.test,Team <i mod 40>,…`. */
export function bigCsv(bytes: number): string {
  const lines = ['email,team,manager,seat status'];
  let size = lines[0]!.length + 1;
  for (let i = 0; size < bytes; i += 1) {
    const line = `user${i}@big.test,Team ${i % 40},lead${i % 40}@big.test,assigned`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
