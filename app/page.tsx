// The appeal (issue: appeal and checkout replaces this first version).
import { getConfig } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export default function AppealPage() {
  const { NEWSROOM_NAME } = getConfig();
  return (
    <main>
      <p>{NEWSROOM_NAME}</p>
      <h1>Keep independent reporting free for everyone</h1>
      <p>Our reporting is paid for by readers. If you can, support it today.</p>
    </main>
  );
}
