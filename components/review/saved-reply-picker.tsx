"use client";

// "Insert saved reply" next to a review comment field: a button that opens a listbox of the
// reviewer's saved replies (their own, then the published ones), loaded with the page. Arrow keys,
// Home/End move, Enter (or a click) inserts the reply at the field's cursor, Escape closes.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { Button } from "@/components/ui/form";

export interface PickableReply {
  id: string;
  body: string;
  shared: boolean;
}

/** The text with `insert` put in place of the selection [start, end), and where the cursor goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; cursor: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), cursor: start + insert.length };
}

/** The listbox's keys: arrows, Home and End move; Enter or Space choose; Escape and Tab close. */
function listboxKeys(
  replies: PickableReply[],
  active: number,
  setActive: (index: number) => void,
  choose: (reply: PickableReply) => void,
  close: () => void,
) {
  return (event: KeyboardEvent<HTMLUListElement>) => {
    const last = replies.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(moves[event.key]!, 0));
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const reply = replies[active];
      if (reply) choose(reply);
    } else if (event.key === "Escape" || event.key === "Tab") {
      if (event.key === "Escape") event.preventDefault();
      close();
    }
  };
}

export function SavedReplyPicker({
  replies,
  field,
  value,
  onChange,
  manageLink = false,
}: {
  replies: PickableReply[];
  /** The comment field the reply goes into. */
  field: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (next: string) => void;
  /** Offer the link to the page where replies are kept. */
  manageLink?: boolean;
}) {
  const t = useTranslations("review.picker");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const show = () => {
    setActive(0);
    setOpen(true);
    requestAnimationFrame(() => list.current?.focus());
  };
  const close = (refocus: "button" | "field") => {
    setOpen(false);
    requestAnimationFrame(() => (refocus === "button" ? button.current : field.current)?.focus());
  };
  const choose = (reply: PickableReply) => {
    const { selectionStart = value.length, selectionEnd = value.length } = field.current ?? {};
    const next = insertAt(value, reply.body, selectionStart, selectionEnd);
    onChange(next.text);
    close("field");
    requestAnimationFrame(() => field.current?.setSelectionRange(next.cursor, next.cursor));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) =>
    listboxKeys(replies, active, setActive, choose, () => close("button"))(event);
  return (
    <div className="relative mt-1 flex flex-wrap items-center gap-3">
      <Button
        ref={button}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        onClick={() => (open ? close("button") : show())}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            show();
          }
        }}
      >
        {t("insert")}
      </Button>
      {manageLink ? (
        <Link href="/reviews/replies" prefetch={false} className="text-sm font-medium text-brand-800 hover:underline">
          {t("manage")}
        </Link>
      ) : null}
      {open ? (
        <ReplyListbox
          replies={replies}
          listId={`${id}-list`}
          optionId={(index) => `${id}-${index}`}
          list={list}
          active={active}
          setActive={setActive}
          choose={choose}
          onKeyDown={onKeyDown}
          onLeave={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}

/** The open list of replies: one option each, the active one marked (aria-activedescendant). */
function ReplyListbox({
  replies,
  listId,
  optionId,
  list,
  active,
  setActive,
  choose,
  onKeyDown,
  onLeave,
}: {
  replies: PickableReply[];
  listId: string;
  optionId: (index: number) => string;
  list: RefObject<HTMLUListElement | null>;
  active: number;
  setActive: (index: number) => void;
  choose: (reply: PickableReply) => void;
  onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
  onLeave: () => void;
}) {
  const t = useTranslations("review.picker");
  return (
    <ul
      ref={list}
      id={listId}
      role="listbox"
      tabIndex={-1}
      aria-label={t("list")}
      aria-activedescendant={replies.length ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
      }}
      className="absolute left-0 top-full z-20 mt-1 max-h-64 w-full max-w-xl overflow-y-auto rounded-lg border border-slate-300 bg-white py-1 text-sm shadow-lg"
    >
      {replies.length === 0 ? (
        <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-slate-600">
          {t("empty")}
        </li>
      ) : (
        replies.map((reply, index) => (
          <li
            key={reply.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(reply)}
            onMouseMove={() => setActive(index)}
            className={`cursor-pointer whitespace-pre-wrap break-words px-3 py-2 ${
              index === active ? "bg-brand-50 text-ink outline outline-2 -outline-offset-2 outline-brand-600" : ""
            }`}
          >
            {reply.shared ? (
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("published")}</span>
            ) : null}
            {reply.body}
          </li>
        ))
      )}
    </ul>
  );
}
