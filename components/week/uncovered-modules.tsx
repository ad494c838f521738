import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** The curriculum week's modules that no task of the week links to yet (nothing when all are). */
export async function UncoveredModules({
  number,
  modules,
}: {
  number: number;
  modules: { code: string; title: string }[];
}) {
  if (modules.length === 0) return null;
  const t = await getTranslations("week");
  return (
    <Card heading={t("uncovered", { number })} headingId="uncovered-title">
      <ul className="mt-2 space-y-1 text-sm">
        {modules.map((m) => (
          <li key={m.code}>
            <span className="font-mono text-slate-500">{m.code}</span> {m.title}
          </li>
        ))}
      </ul>
    </Card>
  );
}
