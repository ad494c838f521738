import { describe, expect, it } from "vitest";
import { html, Html } from "@/lib/html";

describe("html", () => {
  it("escapes every value put into it, in text and in attributes", () => {
    const name = `<script>alert("x")</script> & 'friends'`;
    const out = html`<a title="${name}" href='/p?q=${name}'>${name}</a>`.text;
    expect(out).toBe(
      `<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;" href='/p?q=&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;'>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;</a>`,
    );
    expect(out).not.toContain("<script>");
  });

  it("inserts its own markup as it is, lists joined, and nothing for null, undefined and false", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.text).toBe("<ul><li>a&lt;b</li><li>c</li>0</ul>");
  });

  it("does not take a string that looks like markup for markup", () => {
    const fake = { text: "<b>" } as unknown as string;
    expect(html`${fake}`.text).toBe("[object Object]");
    expect(html`${new Html("<b>")}`.text).toBe("<b>");
  });
});
