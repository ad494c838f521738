import { getTranslations } from "next-intl/server";
import type { WeekView } from "@/lib/server/data/weeks";
import { DayEditor } from "./day-editor";
import { DaySection } from "./day-section";
import type { ModuleOption } from "./module-picker";
import { Section } from "@/components/ui/section";

/** The week's days in order, each with its tasks; for the intern, a way to add a day. */
export async function WeekDays({ week, modules }: { week: WeekView; modules: ModuleOption[] }) {
  const t = await getTranslations("week.days");
  return (
    <Section headingId="days-title" heading={t("title")}>
      {week.days.length === 0 ? <p className="text-slate-500">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {week.days.map((day, index) => (
          <li key={day.id}>
            <DaySection
              week={week}
              day={day}
              modules={modules}
              isFirst={index === 0}
              isLast={index === week.days.length - 1}
            />
          </li>
        ))}
      </ol>
      {week.canEdit ? (
        <DayEditor weekId={week.id} modules={modules} weekStart={week.startDate} weekEnd={week.endDate} canEdit />
      ) : null}
    </Section>
  );
}
