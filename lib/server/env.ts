import "server-only";
import { z } from "zod";

// Every setting the server reads, validated once. .env.example documents each.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws one line naming the first bad setting. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error: ${issue?.path.join(".") ?? "environment"}: ${issue?.message}`);
  }
  cached = parsed.data;
  return cached;
}
