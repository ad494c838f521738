"use client";

import { useState } from "react";
import { move } from "@/components/ui/form";

/** A day as its editor starts from it: its fields, and its tasks' text and linked module codes. */
export interface EditableDay {
  id: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
  references: string[];
  tasks: { id: string; text: string; moduleCodes: string[] }[];
  /** The day's edit version, which its save and removal are based on. */
  version: number;
}

/** A task being edited; `key` names its row, `id` is there for a task that is saved already. */
export interface TaskDraft {
  key: string;
  id?: string;
  text: string;
  moduleCodes: string[];
}

const newTask = (): TaskDraft => ({ key: crypto.randomUUID(), text: "", moduleCodes: [] });

/**
 * The day editor's draft: the day's fields and ordered tasks as typed so far, starting from the
 * day (a new day starts with one empty task), and the draft as the save action takes it.
 */
export function useDayDraft(day: EditableDay | undefined) {
  const [label, setLabel] = useState(day?.label ?? "");
  const [startDate, setStartDate] = useState(day?.startDate ?? "");
  const [endDate, setEndDate] = useState(day?.endDate ?? "");
  const [references, setReferences] = useState((day?.references ?? []).join("\n"));
  const [tasks, setTasks] = useState<TaskDraft[]>(() =>
    day ? day.tasks.map((t) => ({ key: t.id, id: t.id, text: t.text, moduleCodes: t.moduleCodes })) : [newTask()],
  );
  const change = (key: string, changes: Partial<TaskDraft>) =>
    setTasks((list) => list.map((t) => (t.key === key ? { ...t, ...changes } : t)));
  const taskActions = {
    setText: (key: string, text: string) => change(key, { text }),
    setModules: (key: string, moduleCodes: string[]) => change(key, { moduleCodes }),
    move: (index: number, delta: -1 | 1) => setTasks((list) => move(list, index, delta)),
    remove: (key: string) => setTasks((list) => list.filter((t) => t.key !== key)),
    add: () => setTasks((list) => [...list, newTask()]),
  };
  const input = () => ({
    label,
    startDate: startDate || undefined,
    endDate: endDate || undefined,
    references: references
      .split("\n")
      .map((r) => r.trim())
      .filter(Boolean),
    tasks: tasks.map(({ id, text, moduleCodes }) => ({ id, text, moduleCodes })),
  });
  return {
    fields: { label, setLabel, startDate, setStartDate, endDate, setEndDate, references, setReferences },
    tasks,
    taskActions,
    input,
  };
}
