// The local mail catcher: an SMTP server (smtp-server) that keeps every mail it is given in memory,
// parsed (mailparser), and a small inbox on HTTP: `/` lists them newest first with each one's text
// and HTML, `/messages.json` gives them to programs (the end-to-end tests read it). `npm start`
// starts it when WORKLOG_SMTP_URL is not set; the integration tests start it as their real SMTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  id: number;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface MailCatcher {
  smtpUrl: string;
  smtpPort: number;
  inboxUrl: string | null;
  mails: CaughtMail[];
  /** Refuse mail to these addresses with a 550, as a real server refuses an unknown mailbox. */
  refuse: Set<string>;
  close(): Promise<void>;
}

const MAX_MAILS = 500;

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function inboxPage(mails: CaughtMail[]): string {
  const items = [...mails]
    .reverse()
    .map(
      (m) => `<article style="border:1px solid #e2e8f0;border-radius:8px;margin:12px 0;padding:12px">
<h2 style="font-size:16px;margin:0">${escape(m.subject)}</h2>
<p style="color:#475569;margin:4px 0">To ${escape(m.to.join(", "))} · ${escape(m.receivedAt)} · ${escape(m.messageId)}</p>
<details><summary>Text</summary><pre style="white-space:pre-wrap">${escape(m.text)}</pre></details>
<details open><summary>HTML</summary><iframe sandbox="" style="width:100%;height:420px;border:0" srcdoc="${escape(m.html)}"></iframe></details>
</article>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Worklog mail catcher</title></head>
<body style="font-family:system-ui,sans-serif;max-width:900px;margin:0 auto;padding:16px"><h1>Mail caught by Worklog's catcher (${mails.length})</h1>
<p>Nothing here left this machine. <a href="/messages.json">messages.json</a></p>${items || "<p>No mail yet.</p>"}</body></html>`;
}

/** Listens on `port`, or on a free one when it is taken (another Worklog, a test run): the URL printed says which. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && port !== 0) server.listen(0, "127.0.0.1", resolve);
      else reject(error);
    };
    server.once("error", onError);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", onError);
      resolve();
    });
  });
}

export async function startMailCatcher(
  options: { smtpPort?: number; httpPort?: number | null } = {},
): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const refuse = new Set<string>();
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 5 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = new Error("5.1.1 Mailbox unavailable") as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          // The raw lines (mailparser folds List-* headers into objects): what a mail client reads.
          for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(":") + 1).trim();
          mails.push({
            id: next++,
            messageId: parsed.messageId ?? "",
            from: parsed.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers,
            receivedAt: new Date().toISOString(),
          });
          if (mails.length > MAX_MAILS) mails.shift();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await listen(smtp.server as unknown as Server, options.smtpPort ?? 0);
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: Server | null = null;
  if (options.httpPort !== null) {
    http = createServer((request, response) => {
      if (request.url === "/messages.json") {
        response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
        response.end(JSON.stringify(mails));
      } else if (request.url === "/" || request.url === "") {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        response.end(inboxPage(mails));
      } else {
        response.writeHead(404).end();
      }
    });
    await listen(http, options.httpPort ?? 0);
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    smtpPort,
    inboxUrl: http ? `http://localhost:${(http.address() as AddressInfo).port}` : null,
    mails,
    refuse,
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
