// The demo program: its people, the module catalogue of curriculum weeks 1 to 5, and week pages
// for weeks that interns have not imported. Used by the seed and by tests.
import { curriculumWeek } from "../lib/worklog/templates.ts";
import type { WorklogWeek } from "../lib/worklog/week.ts";

export const DEMO_PASSWORD = "worklog-demo";

export const DEMO_USERS = [
  { email: "intern@example.com", name: "Nguyễn Văn An", role: "INTERN", groups: ["interns"] },
  { email: "intern2@example.com", name: "Trần Thị Bình", role: "INTERN", groups: ["interns"] },
  { email: "intern3@example.com", name: "Lê Minh Châu", role: "INTERN", groups: ["interns"] },
  { email: "mentor@example.com", name: "Phạm Quốc Dũng", role: "MENTOR", groups: ["mentors"] },
  { email: "admin@example.com", name: "Admin Worklog", role: "ADMIN", groups: ["admins"] },
] as const;

export const DEMO_COHORT_NAME = "FCJ Cloud Internship — Demo cohort";

const FCJ = "https://cloudjourney.awsstudygroup.com/";

/** Codes and titles as interns cite them in their worklogs ("Study Module 05-03: Amazon Cognito"). */
export const MODULE_CATALOGUE: { code: string; title: string; curriculumWeek: number; referenceUrl: string }[] = [
  ["01-01", "What is Cloud Computing"],
  ["01-02", "What Makes AWS Different"],
  ["01-03", "How to Start Your Cloud Journey"],
  ["01-04", "AWS Global Infrastructure"],
  ["01-05", "AWS Service Management Tools"],
  ["01-06", "Cost Optimization on AWS and Working with AWS Support"],
  ["01-07", "Hands-on: Create an AWS Account, Budgets and IAM Users"],
  ["02-01", "Amazon Virtual Private Cloud (VPC)"],
  ["02-02", "VPC Security and Multi-VPC Features"],
  ["02-03", "VPN, Direct Connect and Elastic Load Balancing"],
  ["02-04", "Hands-on: Build a VPC with Public and Private Subnets"],
  ["03-01", "Amazon Elastic Compute Cloud (EC2)"],
  ["03-02", "EC2 Auto Scaling, EFS, FSx and Lightsail"],
  ["03-03", "AWS Application Migration Service (MGN)"],
  ["03-04", "Hands-on: Deploy an Application on EC2 with Auto Scaling"],
  ["04-01", "Amazon Simple Storage Service (S3)"],
  ["04-02", "AWS Storage Gateway"],
  ["04-03", "AWS Snow Family"],
  ["04-04", "Disaster Recovery on AWS"],
  ["04-05", "AWS Backup"],
  ["04-06", "Hands-on: Static Website Hosting on S3"],
  ["05-01", "Shared Responsibility Model"],
  ["05-02", "Amazon Identity and Access Management (IAM)"],
  ["05-03", "Amazon Cognito"],
  ["05-04", "AWS Organization"],
  ["05-05", "AWS Identity Center"],
  ["05-06", "Amazon Key Management Service (KMS)"],
  ["05-07", "AWS Security Hub"],
  ["05-08", "Hands-on and Additional Research"],
].map(([code, title]) => ({
  code: code!,
  title: title!,
  curriculumWeek: Number(code!.slice(0, 2)),
  referenceUrl: FCJ,
}));

/** A demo week page built from the catalogue, as "New week → from the curriculum" builds it. */
export function demoCurriculumWeek(number: number, dayDates: string[]): WorklogWeek {
  const modules = MODULE_CATALOGUE.filter((m) => m.curriculumWeek === number);
  const week = curriculumWeek(number, modules, dayDates, FCJ);
  return {
    ...week,
    achievements: [
      `Understood the core ideas of ${modules[0]?.title ?? "the week's modules"}.`,
      `Completed the labs of week ${number}.`,
    ],
  };
}
