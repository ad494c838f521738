import { InlineMarkdown } from "@/components/inline-markdown";
import { Card } from "@/components/ui/card";
import { ItemListEditor } from "./item-list-editor";

const KINDS = {
  OBJECTIVE: { titleId: "objectives-title", title: "Objectives", noun: "objective", empty: "No objectives yet." },
  ACHIEVEMENT: {
    titleId: "achievements-title",
    title: "Achievements",
    noun: "achievement",
    empty: "No achievements written yet.",
  },
} as const;

/** The week's objectives or achievements: the list, and for the intern its editor. */
export function WeekItemsCard({
  weekId,
  kind,
  items,
  version,
  canEdit,
}: {
  weekId: string;
  kind: keyof typeof KINDS;
  items: { id: string; text: string }[];
  version: number;
  canEdit: boolean;
}) {
  const { titleId, title, noun, empty } = KINDS[kind];
  return (
    <Card heading={title} headingId={titleId} headingClassName="mb-3 text-lg font-semibold">
      <ItemListEditor weekId={weekId} kind={kind} items={items} version={version} canEdit={canEdit} noun={noun}>
        {items.length === 0 ? (
          <p className="text-slate-500">{empty}</p>
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
