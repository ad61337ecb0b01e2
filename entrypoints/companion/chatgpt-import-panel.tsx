import { ChatgptImport } from '@/components/chatgpt/chatgpt-import';
import { useChatgptImport } from '@/lib/chatgpt/use-import';

/**
 * The companion's ChatGPT Enterprise import (issue 13): the same component as
 * options → ChatGPT Enterprise. It writes the exports (in the worker) and
 * lists the imported periods; it reads no member rows, so the companion's
 * "reads no history itself" rule holds (tests/unit/companion-imports.test.ts).
 */
export function ChatgptImportPanel() {
  const props = useChatgptImport();
  return (
    <section class="card" aria-labelledby="chatgpt-import-heading">
      <h2 id="chatgpt-import-heading">Import ChatGPT Enterprise exports</h2>
      <ChatgptImport {...props} />
    </section>
  );
}
