import { getTranslations } from "next-intl/server";
import { InlineMarkdown } from "@/components/inline-markdown";
import { Card } from "@/components/ui/card";
import type { WeekView } from "@/lib/server/data/weeks";
import { ItemListEditor } from "./item-list-editor";

const KINDS = {
  OBJECTIVE: { list: "objectives", titleId: "objectives-title" },
  ACHIEVEMENT: { list: "achievements", titleId: "achievements-title" },
} as const;

/** The week's objectives or achievements: the list, and for the intern its editor. */
export async function WeekItemsCard({
  week,
  kind,
}: {
  week: Pick<WeekView, "id" | "objectives" | "achievements" | "versions" | "canEdit">;
  kind: keyof typeof KINDS;
}) {
  const { list, titleId } = KINDS[kind];
  const t = await getTranslations(kind === "OBJECTIVE" ? "week.objectives" : "week.achievements");
  const items = week[list];
  // Each list is saved against its own version (docs/decisions/015).
  const version = week.versions[list];
  const { id: weekId, canEdit } = week;
  return (
    <Card heading={t("title")} headingId={titleId} headingClassName="mb-3 text-lg font-semibold">
      <ItemListEditor weekId={weekId} kind={kind} items={items} version={version} canEdit={canEdit}>
        {items.length === 0 ? (
          <p className="text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {items.map((item) => (
              <li key={item.id}>
                <InlineMarkdown text={item.text} />
              </li>
            ))}
          </ul>
        )}
      </ItemListEditor>
    </Card>
  );
}
