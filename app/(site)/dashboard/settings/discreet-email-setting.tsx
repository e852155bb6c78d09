// Settings: "discreet email" (on by default). The hidden field tells an unticked box ("off") from a
// form without this section (the setting keeps its default).
export function DiscreetEmailSetting({ discreet }: { discreet: boolean }) {
  return (
    <section className="panel form-stack">
      <h2>Emails to readers</h2>
      <input type="hidden" name="discreetEmail.shown" value="1" />
      <label>
        <input type="checkbox" name="discreetEmail" defaultChecked={discreet} /> Discreet email: the sender&apos;s name and every subject line leave out the newsroom&apos;s name
      </label>
      <p className="muted">
        Someone who sees a reader&apos;s inbox then sees a neutral sender and subject. The email itself may name the newsroom, and the sender&apos;s address (its domain) shows too: send from a neutral domain
        (EMAIL_FROM).
      </p>
    </section>
  );
}
