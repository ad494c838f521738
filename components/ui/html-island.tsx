"use client";

// Markup the server rendered as text and kept (components/cohort/grid-table-html.ts, docs/decisions/024),
// shown as it is. When the page is rendered again with other markup (a live update, an approval),
// React replaces the whole of it; this keeps what the reader had done in it: the boxes they ticked
// (a bulk approve selection) stay ticked and the link or box they were on keeps the focus. Its links
// marked data-nav are followed by the client router, as a <Link> would be. On a first load the
// markup comes by hand-off (components/ui/html-handoff.ts), so that the page sends it once.
import { useRouter } from "next/navigation";
import { Component, createRef, useEffect, useId, useState, type HTMLAttributes } from "react";
import { handedOff } from "./html-handoff";

type IslandProps = Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML" | "id"> &
  (
    | {
        /** Markup made on the server with lib/html.ts (every value escaped). */
        html: string;
        handoff?: never;
      }
    | {
        /** On a first load, the markup's id in components/ui/html-handoff.ts instead. */
        handoff: string;
        html?: never;
      }
  );

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

type Props = Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML"> & {
  html: string;
  navigate: (href: string) => void;
  prefetch: (href: string) => void;
};

/** The path of a link of this island that the client router follows (data-nav, this site's own), or null. */
function routedPath(root: HTMLElement | null, target: EventTarget | null): { link: Element; path: string } | null {
  const link = target instanceof Element ? target.closest("a[data-nav]") : null;
  if (!link || !root?.contains(link)) return null;
  // Only a link of this site's own ("//elsewhere" and "/\elsewhere" leave it: the browser follows those).
  const url = new URL(link.getAttribute("href") ?? "", window.location.href);
  return url.origin === window.location.origin ? { link, path: `${url.pathname}${url.search}${url.hash}` } : null;
}

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
    const routed = routedPath(this.root.current, event.target);
    if (!routed || !this.root.current) return;
    const { link, path } = routed;
    event.preventDefault();
    // A link marked data-pending says so while the next page loads (as components/ui/pending-link.tsx).
    const pending = link.getAttribute("data-pending");
    for (const other of this.root.current.querySelectorAll("[data-pending-hint]")) other.textContent = "";
    const hint = pending ? link.querySelector("[data-pending-hint]") : null;
    if (hint) hint.textContent = ` ${pending}`;
    this.props.navigate(path);
  };

  // As a <Link> would, its page is fetched ahead when the pointer or the focus comes to a link.
  private readonly prefetched = new Set<string>();
  private readonly ahead = (event: Event) => {
    const routed = routedPath(this.root.current, event.target);
    if (!routed || this.prefetched.has(routed.path)) return;
    this.prefetched.add(routed.path);
    this.props.prefetch(routed.path);
  };

  override componentDidMount() {
    this.root.current?.addEventListener("click", this.follow);
    this.root.current?.addEventListener("pointerover", this.ahead);
    this.root.current?.addEventListener("focusin", this.ahead);
  }

  override componentWillUnmount() {
    this.root.current?.removeEventListener("click", this.follow);
    this.root.current?.removeEventListener("pointerover", this.ahead);
    this.root.current?.removeEventListener("focusin", this.ahead);
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
    const { html, navigate: _navigate, prefetch: _prefetch, ...attributes } = this.props;
    return <div {...attributes} ref={this.root} dangerouslySetInnerHTML={{ __html: html }} />;
  }
}

export function HtmlIsland({ html, handoff, ...attributes }: IslandProps) {
  const router = useRouter();
  const id = useId();
  // A first load's markup: on the server from the hand-off, in the browser from the page as sent.
  const [first] = useState(() =>
    handoff === undefined ? "" : (handedOff(handoff, () => document.getElementById(id)?.innerHTML) ?? ""),
  );
  const missing = html === undefined && first === "";
  useEffect(() => {
    // Neither (a page kept by the router from another load): ask the server for the page again.
    if (missing) router.refresh();
  }, [missing, router]);
  return (
    <Island
      {...attributes}
      id={id}
      html={html ?? first}
      navigate={(href) => router.push(href)}
      prefetch={(href) => router.prefetch(href)}
    />
  );
}
