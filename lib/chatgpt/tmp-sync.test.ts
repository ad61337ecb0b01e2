import { it } from 'vitest';
import Papa from 'papaparse';
import { parseChatgptCsv } from '@/lib/chatgpt/parse-file';
it('x', () => {
  const rows = ['cadence,period_start,period_end,email,user_status,is_active,messages'];
  for (let i = 0; i < 20000; i++)
    rows.push(`Weekly,2026-03-01,2026-03-07,u${i}@x.com,enabled,1,${i}`);
  const text = rows.join('\n');
  let t = performance.now();
  Papa.parse(text, { header: false });
  console.log('papa plain', performance.now() - t);
  t = performance.now();
  const r = parseChatgptCsv(text);
  console.log(
    'ours',
    performance.now() - t,
    r.ok && r.users.length,
    r.ok && r.errorCount,
    !r.ok && r.reason,
  );
}, 120000);
