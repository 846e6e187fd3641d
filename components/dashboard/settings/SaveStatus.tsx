// The one-line outcome of a section's Save (or reset, or purge): green when stored, red with the reason when not.
export type Status = { kind: 'ok' | 'error'; text: string } | null;

export function SaveStatus({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p className={status.kind === 'ok' ? 'message--ok' : 'message--error'} role={status.kind === 'ok' ? 'status' : 'alert'}>
      {status.text}
    </p>
  );
}

/** The message an error carries, for showing after "could not save". */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
