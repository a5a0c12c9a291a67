/** The one loading state of the shell, matching the static one in index.html so nothing flickers. */
export function BootStatus() {
  return (
    <div className="boot-status" role="status" aria-live="polite">
      Loading Flyte Console…
    </div>
  );
}
