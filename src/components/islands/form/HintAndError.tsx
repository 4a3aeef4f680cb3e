// A field's hint and its error message, tied to the field by the ids the field's aria-describedby names.
export function HintAndError({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={errorId}>
          <span class="sr-only">Galat:</span> {error}
        </p>
      )}
    </>
  );
}
