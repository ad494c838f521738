import { defaultFrontMatter } from "@/lib/worklog/markdown";
import { findModuleCodes, type WorklogTask, type WorklogWeek } from "@/lib/worklog/week";

function task(text: string, subItems: string[] = []): WorklogTask {
  return { text, subItems, moduleCodes: findModuleCodes(text) };
}

/** A week entered in the app (no imported layout), with text that needs escaping. */
export const builtWeek: WorklogWeek = {
  number: 6,
  frontMatter: { ...defaultFrontMatter(6, "en"), date: "2025-10-13" },
  objectives: ["Learn **Amazon RDS** and Aurora.", "Compare SQL | NoSQL options (a <b>key</b> choice)."],
  days: [
    {
      label: "Mon",
      startDate: "2025-10-13",
      endDate: "2025-10-13",
      references: ["https://cloudjourney.awsstudygroup.com/"],
      tasks: [task("Study Module 06-01: Amazon RDS"), task("Study Module 06-02: Amazon Aurora")],
    },
    {
      label: "Tue",
      startDate: "2025-10-14",
      endDate: "2025-10-15",
      references: ["https://000005.awsstudygroup.com/", "AWS RDS User Guide"],
      tasks: [task("**Hands-on:** create a DB instance", ["Choose the engine", "Set up a <br> free-tier | instance"])],
    },
    {
      label: "Thu",
      startDate: "2025-10-16",
      endDate: "2025-10-16",
      references: [],
      tasks: [task("Try `SELECT a || b` and C:\\temp\\ paths"), task("Note: <script>alert(1)</script> is text")],
    },
    {
      label: "Sun",
      startDate: "2025-10-19",
      endDate: "2025-10-19",
      references: [],
      tasks: [task("Write the **Week 6 Worklog** 📝")],
    },
  ],
  achievements: ["Launched an RDS instance.", "Tìm hiểu thêm về DynamoDB."],
  extraSections: [{ heading: "Notes", markdown: "Next week: DynamoDB." }],
};
