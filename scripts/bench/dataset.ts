// The large benchmark dataset's shape, its people and their week pages: 20 cohorts × 50 interns ×
// 12 weeks × 7 days × 3 tasks. Pure and deterministic (a seeded PRNG), so the seed
// (scripts/seed-large.ts) and the bench (scripts/bench/people.ts signs these people in) agree on who
// exists without asking the database.
import { addDaysIso, WEEKDAYS_EN, type IsoDate } from "../../lib/worklog/dates.ts";
import { defaultFrontMatter } from "../../lib/worklog/markdown.ts";
import type { WorklogWeek } from "../../lib/worklog/week.ts";
import { MODULE_CATALOGUE } from "../../prisma/demo-data.ts";

export const BENCH_COHORTS = 20;
export const INTERNS_PER_COHORT = 50;
export const MENTORS_PER_COHORT = 2;
export const BENCH_WEEKS = 12;
export const DAYS_PER_WEEK = 7;
export const TASKS_PER_DAY = 3;
/** The bench's "today" (a Wednesday): the server runs with WORKLOG_TODAY set to it, so every run sees the same data. */
export const BENCH_TODAY = "2026-11-25";
/** Demo users that join the large dataset: the demo mentor also mentors bench cohort 01 (a 3-intern and a 50-intern cohort). */
export const DEMO_MENTOR_OF_COHORT_1 = "mentor@example.com";

export const cohortName = (c: number) => `Bench cohort ${String(c).padStart(2, "0")}`;
export const internEmail = (c: number, i: number) =>
  `intern-c${String(c).padStart(2, "0")}-${String(i).padStart(3, "0")}@bench.example`;
export const mentorEmail = (c: number, m: number) => `mentor-c${String(c).padStart(2, "0")}-${m}@bench.example`;

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID from the PRNG: ids are deterministic too. */
export function uuidFrom(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Hoàng", "Ngọc", "Đức", "Thanh", "Gia", "Bảo", "Khánh"];
const GIVEN = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Vy",
  "Yến",
  "Đạt",
];

export interface BenchPerson {
  email: string;
  name: string;
  role: "INTERN" | "MENTOR";
  /** Cognito group, for the local sign-in provider. */
  group: "interns" | "mentors";
}

export interface BenchCohort {
  index: number;
  name: string;
  /** The week of the program that contains BENCH_TODAY: cohorts are at different stages. */
  currentWeek: number;
  mentors: BenchPerson[];
  interns: BenchPerson[];
}

export function currentWeekOfCohort(c: number): number {
  return c === 1 ? 7 : 2 + ((c * 5) % 11);
}

/**
 * The bench cohorts at `scale` (npm run db:seed:large -- --scale 10, BENCH_SCALE=10): 20 × scale
 * cohorts. One stream of draws, cohort after cohort, so the first 20 are the same at every scale.
 */
export function benchCohorts(scale = 1): BenchCohort[] {
  const random = prng(20261125);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const person = (email: string, role: BenchPerson["role"]): BenchPerson => ({
    email,
    name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    role,
    group: role === "MENTOR" ? "mentors" : "interns",
  });
  return Array.from({ length: BENCH_COHORTS * scale }, (_, k) => {
    const c = k + 1;
    return {
      index: c,
      name: cohortName(c),
      currentWeek: currentWeekOfCohort(c),
      mentors: Array.from({ length: MENTORS_PER_COHORT }, (_, m) => person(mentorEmail(c, m + 1), "MENTOR")),
      interns: Array.from({ length: INTERNS_PER_COHORT }, (_, i) => person(internEmail(c, i + 1), "INTERN")),
    };
  });
}

/** The cohorts whose people the bench signs in: 20 whatever the scale, spread over the whole program. */
export function signedInCohorts(scale = 1): BenchCohort[] {
  return benchCohorts(scale).filter((c) => (c.index - 1) % scale === 0);
}

/** BENCH_SCALE or --scale: a whole number from 1 to 20 (20 × it cohorts of 50 interns). */
export function parseScale(text: string | undefined): number {
  if (text === undefined || text === "") return 1;
  const scale = Number(text);
  if (!Number.isInteger(scale) || scale < 1 || scale > 20)
    throw new Error(`The scale must be a whole number from 1 to 20 (20 cohorts each), not "${text}"`);
  return scale;
}

/** Curriculum topics of weeks 6-12 (the demo catalogue has modules for weeks 1-5 only). */
export const LATER_TOPICS: Record<number, string[]> = {
  6: ["Amazon RDS", "Amazon Aurora", "Amazon DynamoDB", "Amazon ElastiCache"],
  7: ["AWS Lambda", "Amazon API Gateway", "AWS Step Functions", "Amazon EventBridge"],
  8: ["Amazon CloudWatch", "AWS CloudTrail", "AWS X-Ray"],
  9: ["AWS CloudFormation", "AWS CDK", "AWS CodePipeline"],
  10: ["Amazon ECS", "Amazon EKS", "AWS Fargate"],
  11: ["Amazon SQS", "Amazon SNS", "Amazon Kinesis"],
  12: ["Well-Architected Framework", "Workshop project", "Final presentation"],
};

const FCJ = "https://cloudjourney.awsstudygroup.com/";

interface PlannedTask {
  text: string;
  moduleCode: string | null;
}

/** Week N's tasks as interns plan them from the curriculum: 7 days × 3 tasks, modules on Mon-Fri. */
function weekTasks(number: number): PlannedTask[][] {
  const modules = MODULE_CATALOGUE.filter((m) => m.curriculumWeek === number);
  const study: PlannedTask[] = [];
  if (modules.length > 0) {
    for (const m of modules) study.push({ text: `Study Module ${m.code}: ${m.title}`, moduleCode: m.code });
    for (let i = 0; study.length < 5 * TASKS_PER_DAY; i++) {
      const m = modules[i % modules.length]!;
      study.push({
        text: i < modules.length ? `Do the lab of Module ${m.code}` : `Review the notes of Module ${m.code}`,
        moduleCode: m.code,
      });
    }
  } else {
    const topics = LATER_TOPICS[number] ?? [`Week ${number} topics`];
    const kinds = ["Study", "Hands-on lab:", "Take notes on"];
    for (let i = 0; study.length < 5 * TASKS_PER_DAY; i++) {
      study.push({
        text: `${kinds[Math.floor(i / topics.length) % kinds.length]} ${topics[i % topics.length]}`,
        moduleCode: null,
      });
    }
  }
  const plain = (text: string): PlannedTask => ({ text, moduleCode: null });
  return [
    ...Array.from({ length: 5 }, (_, d) => study.slice(d * TASKS_PER_DAY, d * TASKS_PER_DAY + TASKS_PER_DAY)),
    [
      plain(`Practice the related labs of week ${number}`),
      plain("Join the weekly FCJ meetup"),
      plain("Tidy up the lab notes"),
    ],
    [
      plain(`Write the **Week ${number} Worklog**`),
      plain(`Prepare the **Week ${number + 1} Study Plan**`),
      plain("Publish the worklog site"),
    ],
  ];
}

/**
 * An intern's page for week N, whose Monday is `startDate`: built from the curriculum, with FCJ as the
 * reference of the study days. The achievements are written once the week is over (`past`).
 */
export function benchWeekPage(number: number, startDate: IsoDate, past: boolean): WorklogWeek {
  const modules = MODULE_CATALOGUE.filter((m) => m.curriculumWeek === number);
  const titles = modules.length ? modules.map((m) => m.title) : (LATER_TOPICS[number] ?? []);
  return {
    number,
    frontMatter: { ...defaultFrontMatter(number, "en"), date: startDate },
    objectives: [
      `Study the week ${number} modules: ${titles.slice(0, 3).join(", ")}${titles.length > 3 ? " and more" : ""}.`,
      `Complete the **hands-on labs** of week ${number}.`,
    ],
    achievements: past
      ? [`Understood ${titles.slice(0, 2).join(" and ")}.`, `Completed the labs of week ${number} and wrote them up.`]
      : [],
    days: weekTasks(number).map((tasks, d) => ({
      label: WEEKDAYS_EN[d]!,
      startDate: addDaysIso(startDate, d),
      endDate: addDaysIso(startDate, d),
      references: d < 5 ? [FCJ] : [],
      tasks: tasks.map((t) => ({ text: t.text, subItems: [], moduleCodes: t.moduleCode ? [t.moduleCode] : [] })),
    })),
    extraSections: [],
  };
}
