// Size limits of what people write (README.md states them). Separate from the schemas so that
// client components can show them without loading the schemas' Markdown parser.
export const LIMITS = {
  taskText: 500,
  itemText: 1000,
  dayLabel: 40,
  reference: 500,
  referencesPerDay: 10,
  tasksPerDay: 20,
  daysPerWeek: 14,
  itemsPerList: 30,
  subItemsPerTask: 10,
  modulesPerTask: 10,
  comment: 2000,
} as const;
