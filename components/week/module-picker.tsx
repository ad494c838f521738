"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Label } from "@/components/ui/label";

export interface ModuleOption {
  code: string;
  title: string;
  curriculumWeek: number;
}

/** At most this many matches are listed at once. */
const MAX_MATCHES = 8;

/**
 * Links a task to catalogue modules: type a code or part of a title, pick with the arrow keys and
 * Enter (or a click). A combobox in the ARIA sense, so it works by keyboard and screen reader.
 */
export function ModulePicker({
  options,
  value,
  onChange,
  label,
  invalid,
  describedBy,
}: {
  options: ModuleOption[];
  value: string[];
  onChange: (codes: string[]) => void;
  label: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("weekForms.modules");
  const id = useId();
  const search = useModuleSearch(options, value, (code) => onChange([...value, code]));
  const { matches, active, expanded } = search;
  return (
    <div className="relative">
      {value.length > 0 ? (
        <LinkedModules
          label={label}
          codes={value}
          titleOf={(code) => options.find((m) => m.code === code)?.title ?? t("notInCatalogue")}
          onUnlink={(code) => onChange(value.filter((c) => c !== code))}
        />
      ) : null}
      <Label htmlFor={id} hidden>
        {t("link", { task: label })}
      </Label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={search.open && matches[active] ? `${id}-${matches[active].code}` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        placeholder={t("placeholder")}
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-base sm:text-sm aria-[invalid=true]:border-red-500"
        value={search.query}
        onChange={(e) => search.type(e.target.value)}
        onFocus={search.show}
        onBlur={search.hideSoon}
        onKeyDown={search.onKeyDown}
      />
      {expanded ? (
        <ul
          id={`${id}-list`}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {matches.map((m, i) => (
            <li
              key={m.code}
              id={`${id}-${m.code}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-brand-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                search.pick(m.code);
              }}
            >
              <span className="font-mono text-xs text-slate-500">{m.code}</span> {m.title}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The combobox's state: what is typed, whether the list is open, which match is active, and the
 * keys that move through the matches and pick one (which clears the search).
 */
function useModuleSearch(options: ModuleOption[], linked: string[], onPick: (code: string) => void) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return options
      .filter((m) => !linked.includes(m.code))
      .filter((m) => !q || m.code.includes(q) || m.title.toLowerCase().includes(q))
      .slice(0, MAX_MATCHES);
  }, [options, query, linked]);
  const pick = (code: string) => {
    onPick(code);
    setQuery("");
    setActive(0);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && matches[active]) {
      e.preventDefault();
      pick(matches[active].code);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  return {
    query,
    open,
    active,
    matches,
    expanded: open && matches.length > 0,
    pick,
    onKeyDown,
    type: (text: string) => {
      setQuery(text);
      setOpen(true);
      setActive(0);
    },
    show: () => setOpen(true),
    hideSoon: () => setTimeout(() => setOpen(false), 120),
  };
}

/** The task's linked modules as chips, each with a button to unlink it. */
function LinkedModules({
  label,
  codes,
  titleOf,
  onUnlink,
}: {
  label: string;
  codes: string[];
  titleOf: (code: string) => string;
  onUnlink: (code: string) => void;
}) {
  const t = useTranslations("weekForms.modules");
  return (
    <ul className="mb-1 flex flex-wrap gap-1" aria-label={t("linked", { task: label })}>
      {codes.map((code) => (
        <li
          key={code}
          className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700"
        >
          <span title={titleOf(code)}>{code}</span>
          <button
            type="button"
            className="rounded-full px-1 hover:bg-brand-100"
            aria-label={t("unlink", { code })}
            onClick={() => onUnlink(code)}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
