// Keeps a failure inside one island: if rendering throws, the island shows what happened and a way to carry on
// without it, while the rest of the page — the emergency strip, the quick exit, the text — keeps working.
import { Component, type ComponentChildren, type ComponentType } from 'preact';

interface Props {
  /** Where to go instead: links to the static pages that answer the same question. */
  fallback: ComponentChildren;
  children: ComponentChildren;
}

export class IslandBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="island-error" role="alert">
        <p>
          <strong>Bagian interaktif ini mengalami galat dan berhenti.</strong> Tidak ada jawaban Anda yang terkirim. Muat ulang halaman untuk mencoba lagi, atau:
        </p>
        {this.props.fallback}
      </div>
    );
  }
}

/** An island's component inside a boundary, with the way on (built from the island's props) if it fails. */
export function withBoundary<P extends object>(Island: ComponentType<P>, fallback: (props: P) => ComponentChildren) {
  return (props: P) => (
    <IslandBoundary fallback={fallback(props)}>
      <Island {...props} />
    </IslandBoundary>
  );
}
