import { ChatgptImport } from '@/components/chatgpt/chatgpt-import';
import { Section } from '@/components/options/parts';
import { useChatgptImport } from '@/lib/chatgpt/use-import';

/** Options → ChatGPT Enterprise: import the workspace-analytics exports (issue 13). */
export function ChatgptSection() {
  const props = useChatgptImport();
  return (
    <Section
      id="chatgpt"
      title="ChatGPT Enterprise"
      intro="Uptake can show ChatGPT Enterprise or Edu beside Claude, per team, from the CSV exports of ChatGPT's workspace analytics. The files stay in this browser, in this organisation's history."
    >
      <ChatgptImport {...props} />
    </Section>
  );
}
