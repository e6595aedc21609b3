/** A button that copies text and says so for a moment (also to screen readers, via its own status). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './clipboard.ts';

interface Props {
  label: string;
  /** Called on click, so that nothing is computed (or copied) before the person asks. */
  text: () => string;
  describedBy?: string;
}

export function CopyButton({ label, text, describedBy }: Props) {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onClick = async () => {
    const ok = await copyText(text());
    setStatus(ok ? 'Copied' : 'Copy failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 2000);
  };
  return (
    <span class="triage-copy">
      <button type="button" onClick={onClick} aria-describedby={describedBy}>
        {label}
      </button>
      <span role="status" class="triage-copy-status">
        {status}
      </span>
    </span>
  );
}
