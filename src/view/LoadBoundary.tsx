// Catches a view whose code failed to download (a lazy tab offline), so one missing chunk says so instead of blanking the app.
import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class LoadBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="empty-note" role="alert">
        This view could not be loaded (its code did not download; the connection may be down). The data you loaded is
        still here and the other tabs still work; reload the page to try this one again.
      </p>
    );
  }
}
