/** A labelled progress bar that needs no JavaScript (the native element, with the number in words). */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="progress">
      <progress max={100} value={percent} aria-label={label}>
        {percent}%
      </progress>{" "}
      <span>
        {label}: {percent}%
      </span>
    </div>
  );
}
