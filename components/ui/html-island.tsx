"use client";

// Markup the server rendered as text and kept (components/cohort/grid-table-html.ts, docs/decisions/024),
// shown as it is. When the page is rendered again with other markup (a live update, an approval),
// React replaces the whole of it; this keeps what the reader had done in it: the boxes they ticked
// (a bulk approve selection) stay ticked and the link or box they were on keeps the focus. Its links
// marked data-nav are followed by the client router, as a <Link> would be.
import { useRouter } from "next/navigation";
import { Component, createRef, type HTMLAttributes } from "react";

type IslandProps = Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML"> & {
  /** Markup made on the server with lib/html.ts (every value escaped). */
  html: string;
};

/** What the reader did in the markup about to be replaced: the boxes ticked, where the focus was. */
interface Snapshot {
  checked: Map<string, boolean>;
  focus: string | null;
}

/** A name for a control that stays the same when the markup is made again: its kind, name and value, or its link. */
function controlKey(element: Element): string | null {
  if (element instanceof HTMLInputElement) return `input ${element.name} ${element.value}`;
  if (element instanceof HTMLAnchorElement) return `a ${element.getAttribute("href") ?? ""}`;
  return null;
}

type Props = IslandProps & { navigate: (href: string) => void };

class Island extends Component<Props> {
  private readonly root = createRef<HTMLDivElement>();

  private readonly follow = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest("a[data-nav]") : null;
    const href = link?.getAttribute("href");
    if (!href?.startsWith("/")) return;
    event.preventDefault();
    this.props.navigate(href);
  };

  override componentDidMount() {
    this.root.current?.addEventListener("click", this.follow);
  }

  override componentWillUnmount() {
    this.root.current?.removeEventListener("click", this.follow);
  }

  override getSnapshotBeforeUpdate(previous: Props): Snapshot | null {
    const root = this.root.current;
    if (!root || previous.html === this.props.html) return null;
    const checked = new Map<string, boolean>();
    for (const box of root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      if (box.checked !== box.defaultChecked) checked.set(controlKey(box)!, box.checked);
    }
    const active = document.activeElement;
    return { checked, focus: active && root.contains(active) && active !== root ? controlKey(active) : null };
  }

  override componentDidUpdate(_previous: Props, _state: unknown, snapshot: Snapshot | null) {
    const root = this.root.current;
    if (!root || !snapshot) return;
    for (const box of root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      const checked = snapshot.checked.get(controlKey(box)!);
      if (checked !== undefined) box.checked = checked;
    }
    if (snapshot.focus === null) return;
    for (const element of root.querySelectorAll("a, input")) {
      if (controlKey(element) === snapshot.focus) {
        (element as HTMLElement).focus({ preventScroll: true });
        return;
      }
    }
    // What had the focus is gone (a week approved meanwhile): the frame keeps it, when it can take it.
    if (root.tabIndex >= 0) root.focus({ preventScroll: true });
  }

  override render() {
    const { html, navigate: _navigate, ...attributes } = this.props;
    return <div {...attributes} ref={this.root} dangerouslySetInnerHTML={{ __html: html }} />;
  }
}

export function HtmlIsland(props: IslandProps) {
  const router = useRouter();
  return <Island {...props} navigate={(href) => router.push(href)} />;
}
