// A person's language is kept on them: it comes back with the viewer on any device (any session).
import { describe, expect, it } from "vitest";
import { saveLocale } from "@/lib/server/data/settings";
import { viewerById } from "@/lib/server/data/viewer";
import { localeChoiceSchema } from "@/lib/schemas/settings";
import { createUser } from "../factories";

describe("the language a person chose", () => {
  it("is saved on them and read back with the viewer; only vi and en are accepted", async () => {
    const user = await createUser({ role: null });
    const viewer = (await viewerById(user.id))!;
    expect(viewer.locale).toBeNull();
    await saveLocale(viewer, { locale: "en" });
    expect((await viewerById(user.id))!.locale).toBe("en");
    await saveLocale(viewer, { locale: "vi" });
    expect((await viewerById(user.id))!.locale).toBe("vi");
    expect(localeChoiceSchema.safeParse({ locale: "fr" }).success).toBe(false);
    expect(localeChoiceSchema.safeParse({ locale: "vi", extra: 1 }).success).toBe(true);
  });
});
