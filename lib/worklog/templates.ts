// Week pages a new week can start from: blank, from the curriculum, or a copy of another week's
// structure. Pure: the caller supplies the modules and the dates.
import { defaultFrontMatter } from "./markdown";
import { WEEKDAY_LABELS, type WorklogWeek } from "./week";

export interface CurriculumModule {
  code: string;
  title: string;
}

const STUDY_DAYS = 5;

export function blankWeek(number: number, dayDates: string[]): WorklogWeek {
  return {
    number,
    lang: "en",
    frontMatter: { ...defaultFrontMatter(number, "en"), date: dayDates[0] },
    objectives: [],
    days: WEEKDAY_LABELS.en.map((label, i) => ({
      label,
      startDate: dayDates[i],
      endDate: dayDates[i],
      references: [],
      tasks: [],
    })),
    achievements: [],
    extraSections: [],
  };
}

/** The week's modules spread over Monday to Friday, labs on Saturday, the worklog on Sunday. */
export function curriculumWeek(
  number: number,
  modules: readonly CurriculumModule[],
  dayDates: string[],
  referenceUrl?: string,
): WorklogWeek {
  const week = blankWeek(number, dayDates);
  const perDay = Math.max(1, Math.ceil(modules.length / STUDY_DAYS));
  const task = (text: string, moduleCodes: string[] = []) => ({ text, subItems: [], moduleCodes });
  week.days.forEach((day, index) => {
    day.references = referenceUrl ? [referenceUrl] : [];
    if (index < STUDY_DAYS) {
      day.tasks = modules
        .slice(index * perDay, index * perDay + perDay)
        .map((m) => task(`Study Module ${m.code}: ${m.title}`, [m.code]));
    } else if (index === STUDY_DAYS) {
      day.tasks = [task(`Practice the related labs of week ${number}`)];
    } else {
      day.tasks = [task(`Write the **Week ${number} Worklog**`), task(`Prepare the **Week ${number + 1} Study Plan**`)];
    }
  });
  const topics = modules.map((m) => m.title);
  week.objectives = topics.length
    ? [
        `Study the week ${number} modules: ${topics.slice(0, 3).join(", ")}${topics.length > 3 ? " and more" : ""}.`,
        `Complete the **hands-on labs** of week ${number}.`,
      ]
    : [];
  return week;
}

/** Another week's days and tasks moved onto new dates, nothing ticked, no achievements. */
export function copyWeekStructure(source: WorklogWeek, number: number, dayDates: string[]): WorklogWeek {
  return {
    number,
    lang: source.lang,
    frontMatter: { ...defaultFrontMatter(number, source.lang ?? "en"), date: dayDates[0] },
    objectives: [...source.objectives],
    days: source.days.map((day, i) => ({
      label: day.label,
      startDate: dayDates[Math.min(i, dayDates.length - 1)],
      endDate: dayDates[Math.min(i, dayDates.length - 1)],
      references: [...day.references],
      tasks: day.tasks.map((t) => ({ text: t.text, subItems: [...t.subItems], moduleCodes: [...t.moduleCodes] })),
    })),
    achievements: [],
    extraSections: [],
  };
}
