// The box at the top of a form that lists what needs fixing, each line a link to its field (the GOV.UK error
// summary). It takes focus when it appears, so a screen reader reads it out and a keyboard user starts there.
import { useEffect, useRef } from 'preact/hooks';

export interface FieldError {
  /** The id of the field (or fieldset) the line links to. */
  field: string;
  message: string;
}

/** `attempt` counts the times the form was sent, so the same errors sent again take focus again. */
export function ErrorSummary({ errors, title = 'Ada yang perlu dilengkapi', attempt = 0 }: { errors: readonly FieldError[]; title?: string; attempt?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}:${e.message}`).join('|');
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [key, attempt]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="ada-masalah">
      <h2 id="ada-masalah">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
